import { requireMember } from '$lib/server/guards';
import { workshopsOfOrganisation } from '$lib/server/read-model/organisations';
import type { PageServerLoad } from './$types';

/** The organisation's workshops, for any member: titles, dates, facilitators, commitments. */
export const load: PageServerLoad = ({ locals, url }) => {
	const { membership } = requireMember(locals, url);
	return {
		organisation: membership.organisation,
		workshops: workshopsOfOrganisation(membership.organisationId)
	};
};
