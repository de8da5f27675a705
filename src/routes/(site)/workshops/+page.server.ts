import { requireFacilitator } from '$lib/server/guards';
import { workshopsOf } from '$lib/server/read-model/rows';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const facilitator = requireFacilitator(locals, url);
	return {
		workshops: workshopsOf(facilitator.id).map((w) => ({
			id: w.id,
			title: w.title,
			organisation: w.organisation,
			scheduledOn: w.scheduledOn,
			language: w.language,
			joinCode: w.joinCode,
			participantCount: w.participantCount
		}))
	};
};
