import { json } from '@sveltejs/kit';
import { fingerprintSchema } from '$lib/schemas/fingerprint';
import { checkFingerprintFrom } from '$lib/server/export/record';
import type { RequestHandler } from './$types';

/**
 * Machine-readable fingerprint check: `{ known, current, issue, imported }` (FingerprintCheck in
 * src/lib/server/export/record.ts): who issued it and when, and where an imported workshop came
 * from. Shares /verify's limit per address: 429 `{ error: 'rate_limited' }` with Retry-After.
 */
export const GET: RequestHandler = ({ params, getClientAddress }) => {
	const parsed = fingerprintSchema.safeParse(params.fingerprint);
	if (!parsed.success) return json({ error: 'fingerprint_invalid' }, { status: 400 });
	const answer = checkFingerprintFrom(getClientAddress(), parsed.data);
	if (!answer.ok) {
		const headers = { 'retry-after': String(answer.retryAfterSeconds) };
		return json({ error: 'rate_limited' }, { status: 429, headers });
	}
	return json(answer.check);
};
