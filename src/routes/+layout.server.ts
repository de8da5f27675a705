import { getLocale } from '$lib/paraglide/runtime';
import { mailConfigured } from '$lib/server/mail';
import { membershipOf } from '$lib/server/read-model/organisations';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const membership = locals.facilitator ? membershipOf(locals.facilitator.id) : null;
	return {
		facilitator: locals.facilitator
			? {
					id: locals.facilitator.id,
					displayName: locals.facilitator.displayName,
					/** Their role in their organisation, if they are in one. */
					role: membership?.role ?? null,
					// Mail in the account's name waits for a confirmed address (only with SMTP).
					unconfirmed: mailConfigured() && !locals.facilitator.emailConfirmed
				}
			: null,
		locale: getLocale()
	};
};
