import { error, redirect } from '@sveltejs/kit';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { signUpSchema } from '$lib/schemas/account';
import {
	DuplicateAccountError,
	createFacilitator,
	createSession,
	generateSessionToken,
	setSessionTokenCookie
} from '$lib/server/auth';
import { asLanguage } from '$lib/language';
import { getLocale } from '$lib/paraglide/runtime';
import { sendConfirmation } from '$lib/server/email-confirmation';
import { safeRedirectPath } from '$lib/server/guards';
import { publicUrl } from '$lib/server/join-link';
import { passwordSignInEnabled } from '$lib/server/oidc';
import { mailConfigured } from '$lib/server/mail';
import { SIGN_UP_PER_ADDRESS, hitRateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.facilitator) redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	return { passwords: passwordSignInEnabled() };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		if (!passwordSignInEnabled()) error(403, 'Passwords are off');
		const form = Object.fromEntries(await readForm(request));
		const values = { email: String(form.email ?? ''), displayName: String(form.displayName ?? '') };
		const parsed = signUpSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));

		const limit = hitRateLimit(SIGN_UP_PER_ADDRESS, getClientAddress());
		if (!limit.allowed) {
			return invalid(429, values, { form: 'rate_limited' }, limit.retryAfterSeconds);
		}
		try {
			const facilitator = await createFacilitator(parsed.data);
			const token = generateSessionToken();
			const session = createSession(token, facilitator.id);
			setSessionTokenCookie(cookies, url, token, session.expiresAt);
			// With SMTP: a link to confirm the address, before anything is mailed in its name.
			if (mailConfigured()) {
				const link = (secret: string) => publicUrl(url, `/account/confirm/${secret}`);
				await sendConfirmation(facilitator, link, asLanguage(getLocale()));
			}
		} catch (error) {
			if (error instanceof DuplicateAccountError) {
				return invalid(400, values, { email: 'duplicate_account' });
			}
			throw error;
		}
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	}
};
