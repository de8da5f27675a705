import { redirect } from '@sveltejs/kit';
import { error } from '$lib/server/http-error';
import type { Facilitator } from './auth';
import { mayFacilitate, mayManage } from '$lib/organisations';
import { m } from '$lib/paraglide/messages';
import { membershipOf } from './read-model/organisations';
import { facilitatedWorkshop } from './read-model/workshops';

// Any whitespace or control character, and the backslash: browsers strip or rewrite them in a URL
// (a TAB in "/\t/evil.example" disappears and leaves "//evil.example", another host).
const UNSAFE = /[\s\p{Cc}\p{Cf}\\]/u;
const HERE = 'http://this.invalid';

/**
 * A path on this site to go to (after signing in, after switching language); anything else
 * becomes `fallback`. The value is parsed as a URL against this site, and only a path that stays
 * on it is taken, serialised again by the URL parser (so the Location header holds nothing a
 * browser would read differently, and nothing that is not allowed in a header).
 */
export function safeRedirectPath(
	value: string | null | undefined,
	fallback = '/workshops'
): string {
	if (!value || value.length > 2000 || !value.startsWith('/') || UNSAFE.test(value)) {
		return fallback;
	}
	let url: URL;
	try {
		url = new URL(value, HERE);
	} catch {
		return fallback;
	}
	if (url.origin !== HERE || url.pathname.startsWith('//')) return fallback;
	return url.pathname + url.search + url.hash;
}

/** The signed-in facilitator, or a redirect to the sign-in page that comes back here. */
export function requireFacilitator(locals: App.Locals, url: URL): Facilitator {
	if (!locals.facilitator) {
		redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	}
	return locals.facilitator;
}

/**
 * A signed-in facilitator (else to sign-in) and a workshop they own or co-facilitate (else a
 * 404 that does not tell whether it exists).
 */
export function requireFacilitatedWorkshop(locals: App.Locals, url: URL, workshopId: string) {
	const facilitator = requireFacilitator(locals, url);
	const workshop = facilitatedWorkshop(workshopId, facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	return { facilitator, workshop };
}

/** A signed-in member of an organisation and their membership (else a 404: nothing to see). */
export function requireMember(locals: App.Locals, url: URL) {
	const facilitator = requireFacilitator(locals, url);
	const membership = membershipOf(facilitator.id);
	if (!membership) error(404, { message: 'Not Found' });
	return { facilitator, membership };
}

/** A signed-in beheerder of their organisation (else a 403 that says only a beheerder may). */
export function requireBeheerder(locals: App.Locals, url: URL) {
	const member = requireMember(locals, url);
	if (!mayManage(member.membership.role)) {
		error(403, { message: 'Forbidden', detail: m.organisation_beheerder_only() });
	}
	return member;
}

/** A signed-in account that may make and run workshops (a meekijker may not: a 403 that says so). */
export function requireMayFacilitate(locals: App.Locals, url: URL) {
	const facilitator = requireFacilitator(locals, url);
	if (!mayFacilitate(membershipOf(facilitator.id)?.role ?? null)) {
		error(403, { message: 'Forbidden', detail: m.organisation_meekijker_no_workshops() });
	}
	return facilitator;
}
