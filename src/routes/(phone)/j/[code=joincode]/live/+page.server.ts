import { redirect } from '@sveltejs/kit';
import { joinPath, livePath } from '$lib/join-code';
import { participantSnapshot } from '$lib/server/realtime/snapshot';
import { workshopForCode } from '$lib/server/join-code-route';
import { participantByToken } from '$lib/server/read-model/people';
import { participantCookieName } from '$lib/server/workshops/participants';
import type { PageServerLoad } from './$types';
import { pageLook } from '$lib/server/read-model/organisations';

/** A participant's view of the workshop; without a valid participant cookie, the join form. */
export const load: PageServerLoad = ({ params, cookies, getClientAddress, locals }) => {
	const workshop = workshopForCode(params.code, getClientAddress(), cookies, livePath);
	locals.look = pageLook(workshop.organisationId);
	const participant = participantByToken(
		workshop.id,
		cookies.get(participantCookieName(workshop.id))
	);
	if (!participant) redirect(303, joinPath(workshop.joinCode));
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			caseDescription: workshop.caseDescription
		},
		snapshot: participantSnapshot(workshop.id, participant.id)
	};
};
