import { error } from '@sveltejs/kit';
import { pdfLookOf } from '$lib/server/export';
import { briefingPdf } from '$lib/server/export/briefing';
import { joinQrSvg, joinUrl } from '$lib/server/join-link';
import { briefingOf } from '$lib/server/read-model/preparation';
import { facilitatedWorkshop } from '$lib/server/read-model/workshops';
import type { RequestHandler } from './$types';

/** The one-page briefing to send participants before the day. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.facilitator) error(401, { message: 'Unauthorized' });
	const workshop = facilitatedWorkshop(params.id, locals.facilitator.id);
	const briefing = workshop && briefingOf(workshop.id);
	if (!workshop || !briefing) error(404, { message: 'Not Found' });
	const link = joinUrl(url, workshop.joinCode);
	const look = pdfLookOf(workshop.organisationId);
	const pdf = await briefingPdf(briefing, link, await joinQrSvg(link), look);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="briefing-${workshop.scheduledOn}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
