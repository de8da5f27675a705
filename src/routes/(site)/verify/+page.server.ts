import { errorMessage } from '$lib/i18n/errors';
import { fingerprintSchema } from '$lib/schemas/fingerprint';
import { checkFingerprintFrom } from '$lib/server/export/record';
import { error } from '$lib/server/http-error';
import type { PageServerLoad } from './$types';

/** Public: anyone holding a copy of an export can check its fingerprint (limited per address). */
export const load: PageServerLoad = ({ url, getClientAddress, setHeaders }) => {
	const input = url.searchParams.get('fingerprint');
	if (input === null) return { input: '', result: null, error: null };
	const parsed = fingerprintSchema.safeParse(input);
	if (!parsed.success) return { input, result: null, error: 'fingerprint_invalid' };
	const answer = checkFingerprintFrom(getClientAddress(), parsed.data);
	if (!answer.ok) {
		setHeaders({ 'retry-after': String(answer.retryAfterSeconds) });
		error(429, {
			message: 'Too Many Requests',
			detail: errorMessage('rate_limited', answer.retryAfterSeconds)
		});
	}
	return { input: parsed.data, result: answer.check, error: null };
};
