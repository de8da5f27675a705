import { fail } from '@sveltejs/kit';

/**
 * A form action's refusal, always of one shape so pages can read it without narrowing: the values
 * to put back in the fields, an error code per field (or `form`), and when to retry if rate-limited.
 */
export function invalid<Values>(
	status: 400 | 429,
	values: Values,
	errors: Record<string, string>,
	retryAfterSeconds?: number
) {
	return fail(status, { values, errors, retryAfterSeconds: retryAfterSeconds ?? 0 });
}
