import { error, redirect } from '@sveltejs/kit';
import { cookieSecurity } from '$lib/server/auth';
import { safeRedirectPath } from '$lib/server/guards';
import { errorFields, logger } from '$lib/server/log.js';
import { m } from '$lib/paraglide/messages';
import { STATE_COOKIE, oidcSettings, startSignIn } from '$lib/server/oidc';
import type { PageServerLoad } from './$types';

/** Sends the browser to the organisation's provider, with this sign-in's state in a cookie. */
export const load: PageServerLoad = async ({ url, cookies }) => {
	if (!oidcSettings()) error(404, 'Not Found');
	const returnTo = safeRedirectPath(url.searchParams.get('redirectTo'));
	let started: Awaited<ReturnType<typeof startSignIn>>;
	try {
		started = await startSignIn(url.origin, returnTo);
	} catch (failure) {
		// The provider is unreachable or its discovery document wrong: one line in the log and a
		// page that says so; signing in with a password (when on) is not affected.
		logger().error({ err: errorFields(failure) }, 'organisation sign-in unavailable');
		error(503, {
			message: 'Sign-in provider unavailable',
			title: m.oidc_failed_title(),
			text: m.oidc_error_unavailable()
		});
	}
	const { url: to, state } = started;
	cookies.set(STATE_COOKIE, state, { ...cookieSecurity(url), path: '/login/oidc', maxAge: 600 });
	redirect(303, to.href);
};
