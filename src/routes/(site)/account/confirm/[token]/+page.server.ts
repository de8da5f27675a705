import { confirmEmail, confirmationFor } from '$lib/server/email-confirmation';
import { readForm } from '$lib/server/form';
import { accountConfirmed } from '$lib/server/mail-policy';
import type { Actions, PageServerLoad } from './$types';

/** A confirmation link: shows the address and a button. Opening it confirms nothing (GET). */
export const load: PageServerLoad = ({ params }) => {
	const confirmation = confirmationFor(params.token);
	return { email: confirmation?.email ?? null };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		await readForm(request);
		const confirmed = confirmEmail(params.token);
		// The pages drawn after this answer (the banner in the layout) see the confirmed address.
		if (confirmed && locals.facilitator) {
			const emailConfirmed = accountConfirmed(locals.facilitator.id);
			locals.facilitator = { ...locals.facilitator, emailConfirmed };
		}
		return { confirmed };
	}
};
