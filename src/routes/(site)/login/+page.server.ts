import { redirect } from '@sveltejs/kit';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { signInSchema } from '$lib/schemas/account';
import {
	createSession,
	generateSessionToken,
	setSessionTokenCookie,
	verifyCredentials
} from '$lib/server/auth';
import { safeRedirectPath } from '$lib/server/guards';
import {
	SIGN_IN_PER_ACCOUNT,
	SIGN_IN_PER_ADDRESS,
	hitRateLimit,
	resetRateLimit
} from '$lib/server/rate-limit';
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
		for (const [limit, key] of [
			[SIGN_IN_PER_ADDRESS, getClientAddress()],
			[SIGN_IN_PER_ACCOUNT, email]
		] as const) {
			const result = hitRateLimit(limit, key);
			if (!result.allowed) {
				return invalid(429, values, { form: 'rate_limited' }, result.retryAfterSeconds);
			}
		}
		const facilitator = await verifyCredentials(email, password);
		if (!facilitator) return invalid(400, values, { form: 'invalid_credentials' });

		resetRateLimit(SIGN_IN_PER_ACCOUNT, email);
		const token = generateSessionToken();
		const session = createSession(token, facilitator.id);
		setSessionTokenCookie(cookies, url, token, session.expiresAt);
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	}
};
