import { fingerprintSchema } from '$lib/schemas/fingerprint';
import { verifyFingerprint } from '$lib/server/export/record';
import type { PageServerLoad } from './$types';

/** Public: anyone holding a copy of an export can check its fingerprint. */
export const load: PageServerLoad = ({ url }) => {
	const input = url.searchParams.get('fingerprint');
	if (input === null) return { input: '', result: null, error: null };
	const parsed = fingerprintSchema.safeParse(input);
	if (!parsed.success) return { input, result: null, error: 'fingerprint_invalid' };
	return { input: parsed.data, result: verifyFingerprint(parsed.data), error: null };
};
