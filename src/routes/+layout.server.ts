import { getLocale } from '$lib/paraglide/runtime';
import { mailConfigured } from '$lib/server/mail';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	facilitator: locals.facilitator
		? {
				displayName: locals.facilitator.displayName,
				// Mail in the account's name waits for a confirmed address (only with SMTP).
				unconfirmed: mailConfigured() && !locals.facilitator.emailConfirmed
			}
		: null,
	locale: getLocale()
});
