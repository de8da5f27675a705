import { redirect } from '@sveltejs/kit';
import { deleteSessionTokenCookie, invalidateSession } from '$lib/server/auth';
import { disconnectSession, getIo } from '$lib/server/realtime';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ locals, cookies, url }) => {
	if (locals.session) {
		invalidateSession(locals.session.id);
		disconnectSession(getIo(), locals.session.id);
	}
	deleteSessionTokenCookie(cookies, url);
	redirect(303, '/');
};
