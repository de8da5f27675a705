import { json } from '@sveltejs/kit';
import { readiness } from '$lib/server/health';

/** Readiness: 200 when this process should get phones, 503 (with what failed) when not. */
export const GET = () => {
	const answer = readiness();
	return json(answer, { status: answer.ready ? 200 : 503 });
};
