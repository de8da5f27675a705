import { redirect } from '@sveltejs/kit';
import type { Facilitator } from './auth';

/** A local path to return to after signing in; anything else becomes the workshop list. */
export function safeRedirectPath(
	value: string | null | undefined,
	fallback = '/workshops'
): string {
	if (!value || !/^\/(?![/\\])/.test(value) || value.length > 2000) return fallback;
	return value;
}

/** The signed-in facilitator, or a redirect to the sign-in page that comes back here. */
export function requireFacilitator(locals: App.Locals, url: URL): Facilitator {
	if (!locals.facilitator) {
		redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	}
	return locals.facilitator;
}
