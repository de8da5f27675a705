import { json } from '@sveltejs/kit';
import { fingerprintSchema } from '$lib/schemas/fingerprint';
import { verifyFingerprint } from '$lib/server/export/record';
import type { RequestHandler } from './$types';

/**
 * Machine-readable fingerprint check: `{ known, current, issue, imported }` (FingerprintCheck in
 * src/lib/server/export/record.ts): who issued it and when, and where an imported workshop came from.
 */
export const GET: RequestHandler = ({ params }) => {
	const parsed = fingerprintSchema.safeParse(params.fingerprint);
	if (!parsed.success) return json({ error: 'fingerprint_invalid' }, { status: 400 });
	return json(verifyFingerprint(parsed.data));
};
