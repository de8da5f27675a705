import { getLocale } from '$lib/paraglide/runtime';
import { asLanguage } from '$lib/language';
import { sendConfirmation } from '$lib/server/email-confirmation';
import { readForm } from '$lib/server/form';
import { requireFacilitator } from '$lib/server/guards';
import { publicUrl } from '$lib/server/join-link';
import { mailConfigured } from '$lib/server/mail';
import type { Actions, PageServerLoad } from './$types';

/** The account's confirmation: whether it is needed and done, and a button to send a link. */
export const load: PageServerLoad = ({ locals, url }) => {
	const facilitator = requireFacilitator(locals, url);
	return {
		email: facilitator.email,
		confirmed: facilitator.emailConfirmed,
		mail: mailConfigured()
	};
};

export const actions: Actions = {
	resend: async ({ request, locals, url }) => {
		const facilitator = requireFacilitator(locals, url);
		await readForm(request);
		if (facilitator.emailConfirmed) return { result: 'confirmed' as const };
		const link = (token: string) => publicUrl(url, `/account/confirm/${token}`);
		return { result: await sendConfirmation(facilitator, link, asLanguage(getLocale())) };
	}
};
