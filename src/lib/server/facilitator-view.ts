import { methodByKey } from '$lib/methods';
import { requireFacilitatedWorkshop } from './guards';
import { joinQrDataUrl, joinUrl } from './join-link';
import { getIo } from './realtime';
import { beamerSnapshot, dashboardSnapshot } from './realtime/snapshot';
import { pageLook } from './read-model/organisations';

/** The workshop a signed-in facilitator may run, and how phones join it. */
async function facilitated(locals: App.Locals, url: URL, workshopId: string) {
	const { workshop } = requireFacilitatedWorkshop(locals, url, workshopId);
	const link = joinUrl(url, workshop.joinCode);
	const look = pageLook(workshop.organisationId);
	locals.look = look;
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			organisation: workshop.organisation,
			caseDescription: workshop.caseDescription,
			scheduledOn: workshop.scheduledOn,
			language: workshop.language,
			joinCode: workshop.joinCode,
			method: methodByKey(workshop.method).name,
			methodKey: workshop.method
		},
		join: { url: link, qrDataUrl: await joinQrDataUrl(link) },
		/** The workshop's organisation's logo (the beamer shows it in its header). */
		logo: look?.logo ?? null
	};
}

/** What the dashboard loads: the workshop, everything the facilitator sees, and how to join. */
export async function loadDashboard(locals: App.Locals, url: URL, workshopId: string) {
	const view = await facilitated(locals, url, workshopId);
	return { ...view, snapshot: dashboardSnapshot(getIo(), workshopId) };
}

/** What the beamer loads: the room's view of the workshop, and how to join. */
export async function loadBeamer(locals: App.Locals, url: URL, workshopId: string) {
	const view = await facilitated(locals, url, workshopId);
	return { ...view, snapshot: beamerSnapshot(getIo(), workshopId) };
}
