import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import { STATE_COOKIE, finishSignIn, oidcSettings, type SignInFailure } from '$lib/server/oidc';
import type { PageServerLoad } from './$types';

const FAILURE_TEXT: Record<SignInFailure, () => string> = {
	state_mismatch: () => m.oidc_error_state_mismatch(),
	expired_or_used: () => m.oidc_error_expired_or_used(),
	token_expired: () => m.oidc_error_token_expired(),
	wrong_audience: () => m.oidc_error_wrong_audience(),
	provider_refused: () => m.oidc_error_provider_refused(),
	provider_failed: () => m.oidc_error_provider_failed(),
	no_email: () => m.oidc_error_no_email()
};

/**
 * The provider sends the browser back here: a session, a link to confirm, or a clear refusal (the
 * error page, in the user's language).
 */
export const load: PageServerLoad = async ({ url, cookies }) => {
	if (!oidcSettings()) error(404, 'Not Found');
	// The state cookie may stay until it expires (10 minutes): its sign-in is used up now, so a
	// replay of this answer is refused as used, in this browser as in any other.
	const outcome = await finishSignIn(url, cookies.get(STATE_COOKIE));
	if (outcome.ok) {
		const token = generateSessionToken();
		const session = createSession(token, outcome.facilitatorId, Date.now(), outcome.idToken);
		setSessionTokenCookie(cookies, url, token, session.expiresAt);
		redirect(303, outcome.returnTo);
	}
	if ('link' in outcome) redirect(303, `/login?link=${encodeURIComponent(outcome.link)}`);
	error(400, {
		message: 'Sign-in refused',
		title: m.oidc_failed_title(),
		text: `${FAILURE_TEXT[outcome.error]()} ${m.oidc_try_again()}`
	});
};
