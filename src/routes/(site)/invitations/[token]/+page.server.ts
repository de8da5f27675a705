import { redirect } from '@sveltejs/kit';
import { error } from '$lib/server/http-error';
import { m } from '$lib/paraglide/messages';
import { readForm } from '$lib/server/form';
import { invitationByToken } from '$lib/server/read-model/invitations';
import { answerInvitation } from '$lib/server/workshops/invitations';
import type { Actions, PageServerLoad } from './$types';

/** An invitation to co-facilitate: who invites, to what, for which address, and yes or no. */
export const load: PageServerLoad = ({ params, locals, url }) => {
	const invitation = invitationByToken(params.token);
	if (!invitation) error(404, { message: 'Not Found', detail: m.invitation_not_found_text() });
	const account = locals.facilitator;
	return {
		invitation: {
			workshopTitle: invitation.workshopTitle,
			invitedBy: invitation.invitedBy,
			email: invitation.email,
			expiresAt: invitation.expiresAt
		},
		account: account ? { email: account.email } : null,
		here: url.pathname
	};
};

async function answer(
	accept: boolean,
	{ params, locals, request, url }: Parameters<Actions[string]>[0]
) {
	await readForm(request);
	if (!locals.facilitator) {
		redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	}
	const result = answerInvitation(params.token!, locals.facilitator, accept);
	if (result.answer === 'not_found')
		error(404, { message: 'Not Found', detail: m.invitation_not_found_text() });
	if (result.answer === 'accepted') redirect(303, `/workshops/${result.workshopId}`);
	return { answer: result.answer };
}

export const actions: Actions = {
	accept: (event) => answer(true, event),
	decline: (event) => answer(false, event)
};
