import { confirmEmail, confirmationFor } from '$lib/server/email-confirmation';
import { readForm } from '$lib/server/form';
import type { Actions, PageServerLoad } from './$types';

/** A confirmation link: shows the address and a button. Opening it confirms nothing (GET). */
export const load: PageServerLoad = ({ params }) => {
	const confirmation = confirmationFor(params.token);
	return { email: confirmation?.email ?? null };
};

export const actions: Actions = {
	default: async ({ request, params }) => {
		await readForm(request);
		return { confirmed: confirmEmail(params.token) };
	}
};
