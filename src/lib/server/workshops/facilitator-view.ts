import { error } from '@sveltejs/kit';
import { requireFacilitator } from '../guards';
import { joinQrDataUrl, joinUrl } from '../join-link';
import { getIo } from '../realtime';
import { snapshotFor } from '../realtime/snapshot';
import { getFacilitatedWorkshop } from './workshops';

/** What the dashboard and the beamer load: the workshop, its live state and how to join it. */
export async function loadFacilitatorView(
	locals: App.Locals,
	url: URL,
	workshopId: string,
	view: 'dashboard' | 'beamer'
) {
	const facilitator = requireFacilitator(locals, url);
	const workshop = getFacilitatedWorkshop(workshopId, facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	const link = joinUrl(url, workshop.joinCode);
	return {
		view,
		workshop: {
			id: workshop.id,
			title: workshop.title,
			organisation: workshop.organisation,
			caseDescription: workshop.caseDescription,
			scheduledOn: workshop.scheduledOn,
			language: workshop.language,
			joinCode: workshop.joinCode
		},
		snapshot: snapshotFor(getIo(), {
			view,
			workshopId: workshop.id,
			facilitatorId: facilitator.id
		}),
		joinUrl: link,
		qrDataUrl: await joinQrDataUrl(link)
	};
}
