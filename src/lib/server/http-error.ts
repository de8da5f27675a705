// The error page's words come from the server, in the user's language: the root error page is
// preloaded by every page, so the browser bundle carries none of these sentences (about 0.5 KiB
// gz on each phone). Page loads and form actions throw with `error` from here; `handleError` in
// hooks.server.ts adds the same for unexpected errors and unknown addresses.
import { error as kitError } from '@sveltejs/kit';
import { formatJoinCode } from '$lib/join-code';
import { m } from '$lib/paraglide/messages';

/** The title and the sentence the error page shows for this status. */
export function errorTexts(
	status: number,
	body: Omit<App.Error, 'message'> = {}
): { title: string; text: string } {
	if (body.joinCode) {
		return {
			title: m.workshop_not_found_title(),
			text: m.workshop_not_found_text({ code: formatJoinCode(body.joinCode) })
		};
	}
	if (status === 404)
		return { title: m.not_found_title(), text: body.detail ?? m.not_found_text() };
	if (status === 400 || status === 415) {
		return { title: m.bad_request_title(), text: body.detail ?? m.bad_request_text() };
	}
	if (status === 429) {
		return { title: m.error_title(), text: body.detail ?? m.error_rate_limited({ minutes: 10 }) };
	}
	return {
		title: m.error_title(),
		text: body.detail ?? m.error_text({ reference: body.reference ?? '–' })
	};
}

/** SvelteKit's `error`, with the words for the error page. */
export function error(status: number, body: App.Error): never {
	kitError(status, { ...body, ...errorTexts(status, body) });
}
