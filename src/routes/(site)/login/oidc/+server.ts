import { error, redirect } from '@sveltejs/kit';
import { cookieSecurity } from '$lib/server/auth';
import { safeRedirectPath } from '$lib/server/guards';
import { STATE_COOKIE, oidcSettings, startSignIn } from '$lib/server/oidc';
import type { RequestHandler } from './$types';

/** Sends the browser to the organisation's provider, with this sign-in's state in a cookie. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	if (!oidcSettings()) error(404, 'Not Found');
	const returnTo = safeRedirectPath(url.searchParams.get('redirectTo'));
	const { url: to, state } = await startSignIn(url.origin, returnTo);
	cookies.set(STATE_COOKIE, state, { ...cookieSecurity(url), path: '/login/oidc', maxAge: 600 });
	redirect(303, to.href);
};
