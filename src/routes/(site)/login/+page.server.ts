import { error, fail, redirect } from '@sveltejs/kit';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { signInSchema } from '$lib/schemas/account';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import { safeRedirectPath } from '$lib/server/guards';
import { confirmLink, oidcSettings, passwordSignInEnabled } from '$lib/server/oidc';
import { signIn } from '$lib/server/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.facilitator) redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	const oidc = oidcSettings();
	return {
		organisation: oidc ? { label: oidc.OIDC_LABEL ?? null } : null,
		passwords: passwordSignInEnabled(),
		linking: url.searchParams.has('link')
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		if (!passwordSignInEnabled()) error(403, 'Passwords are off');
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

		// Signed in with the password after an organisation's sign-in found this address: link.
		const link = url.searchParams.get('link');
		if (link && !confirmLink(link, result.facilitator.id)) {
			return fail(400, { values, errors: {}, retryAfterSeconds: 0, linkFailed: true });
		}
		const token = generateSessionToken();
		const session = createSession(token, result.facilitator.id);
		setSessionTokenCookie(cookies, url, token, session.expiresAt);
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	}
};
