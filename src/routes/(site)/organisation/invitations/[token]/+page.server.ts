import { fail, redirect } from '@sveltejs/kit';
import { error } from '$lib/server/http-error';
import { m } from '$lib/paraglide/messages';
import { readForm } from '$lib/server/form';
import { answerInvite } from '$lib/server/organisations/members';
import { inviteByToken } from '$lib/server/read-model/organisations';
import { DomainError } from '$lib/server/workshops/command';
import type { Actions, PageServerLoad } from './$types';

function notFound(): never {
	error(404, { message: 'Not Found', detail: m.organisation_invitation_not_found() });
}

/** An invitation to an organisation: who invites, to which, as what, for which address. */
export const load: PageServerLoad = ({ params, locals, url }) => {
	const invite = inviteByToken(params.token);
	if (!invite) notFound();
	return {
		invite: {
			organisation: invite.organisation,
			role: invite.role,
			email: invite.email,
			invitedBy: invite.invitedBy
		},
		account: locals.facilitator ? { email: locals.facilitator.email } : null,
		here: url.pathname
	};
};

async function answer(
	accept: boolean,
	{ params, locals, request, url }: Parameters<Actions[string]>[0]
) {
	await readForm(request);
	if (!locals.facilitator) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	const invite = inviteByToken(params.token!);
	if (!invite) notFound();
	if (invite.email.toLowerCase() !== locals.facilitator.email.toLowerCase()) {
		return fail(400, { error: 'wrong_account' });
	}
	try {
		answerInvite(locals.facilitator, invite.organisationId, accept, { viaLink: true });
	} catch (err) {
		if (err instanceof DomainError) return fail(400, { error: err.code });
		throw err;
	}
	redirect(303, accept ? '/organisation' : '/organisation?declined=1');
}

export const actions: Actions = {
	accept: (event) => answer(true, event),
	decline: (event) => answer(false, event)
};
