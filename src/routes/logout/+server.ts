import { redirect } from '@sveltejs/kit';
import { deleteSessionTokenCookie, idTokenOf, invalidateSession } from '$lib/server/auth';
import { endSessionUrl } from '$lib/server/oidc';
import { disconnectSession, getIo } from '$lib/server/realtime';
import type { RequestHandler } from './$types';

/** Ends the app's session; signed in through an organisation, also the provider's (if offered). */
export const POST: RequestHandler = async ({ locals, cookies, url }) => {
	let atProvider: URL | null = null;
	if (locals.session) {
		const idToken = idTokenOf(locals.session.id);
		invalidateSession(locals.session.id);
		disconnectSession(getIo(), locals.session.id);
		if (idToken) atProvider = await endSessionUrl(idToken, url.origin);
	}
	deleteSessionTokenCookie(cookies, url);
	redirect(303, atProvider?.href ?? '/');
};
