import { fail } from '@sveltejs/kit';
import { error } from '$lib/server/http-error';
import { m } from '$lib/paraglide/messages';
import { logger } from './log.js';

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

/**
 * The request's form fields. A body that cannot be read as a form (sent as text/plain, or a
 * multipart body cut short) is the client's mistake: a 400 with a clear page, and one line in
 * the log, not a 500 with a stack trace.
 */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		const type = request.headers.get('content-type')?.split(';')[0] ?? 'no content type';
		logger().warn({ method: request.method, contentType: type.slice(0, 80) }, 'body is no form');
		error(400, { message: m.bad_request_title() });
	}
}

/** The form's fields that the schema names, so a form's other fields (its buttons) do not count. */
export function fieldsOf(form: FormData, names: readonly string[]): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const name of names) {
		const value = form.get(name);
		if (typeof value === 'string') fields[name] = value;
	}
	return fields;
}
