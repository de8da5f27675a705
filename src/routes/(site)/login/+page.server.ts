import { redirect } from '@sveltejs/kit';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { signInSchema } from '$lib/schemas/account';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import { safeRedirectPath } from '$lib/server/guards';
import { signIn } from '$lib/server/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.facilitator) redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = Object.fromEntries(await readForm(request));
		const values = { email: String(form.email ?? '') };
		const parsed = signInSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));

		const { email, password } = parsed.data;
		const result = await signIn(email, password, getClientAddress());
		if (!result.ok && result.error === 'rate_limited') {
			return invalid(429, values, { form: 'rate_limited' }, result.retryAfterSeconds);
		}
		if (!result.ok) return invalid(400, values, { form: 'invalid_credentials' });

		const token = generateSessionToken();
		const session = createSession(token, result.facilitator.id);
		setSessionTokenCookie(cookies, url, token, session.expiresAt);
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	}
};
