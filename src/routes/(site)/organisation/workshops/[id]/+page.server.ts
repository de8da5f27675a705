import { error } from '$lib/server/http-error';
import { dutchDate } from '$lib/dates';
import { registerDraft } from '$lib/server/export';
import { requireMember } from '$lib/server/guards';
import { publicUrl } from '$lib/server/join-link';
import { overseenWorkshop } from '$lib/server/read-model/organisations';
import { organisationRegisterOf } from '$lib/server/read-model/register';
import type { PageServerLoad } from './$types';

/**
 * One of the organisation's workshops as a member who oversees it reads it: its commitments (no
 * notes), the Algoritmeregister draft, the organisation's copy of the progress report. Another
 * organisation's workshop is a 404, as if it did not exist.
 */
export const load: PageServerLoad = ({ locals, url, params }) => {
	const { facilitator, membership } = requireMember(locals, url);
	const workshop = overseenWorkshop(params.id, facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	const draft = registerDraft(workshop.id, publicUrl(url, '/verify'));
	return {
		organisation: membership.organisation,
		workshop: {
			id: workshop.id,
			title: workshop.title,
			scheduledOn: workshop.scheduledOn,
			facilitator: workshop.facilitator
		},
		commitments: organisationRegisterOf(
			membership.organisationId,
			dutchDate(Date.now()),
			workshop.id
		),
		draft: draft?.fields ?? null
	};
};
