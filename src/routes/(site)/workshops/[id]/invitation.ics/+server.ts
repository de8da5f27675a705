import { error } from '@sveltejs/kit';
import { invitationIcs } from '$lib/server/export/briefing';
import { joinUrl } from '$lib/server/join-link';
import { briefingOf } from '$lib/server/read-model/preparation';
import { inviteesOf } from '$lib/server/read-model/preparation';
import { facilitatedWorkshop } from '$lib/server/read-model/workshops';
import type { RequestHandler } from './$types';

/** The workshop as a calendar invitation, with the invitees who have an address as attendees. */
export const GET: RequestHandler = ({ locals, params, url }) => {
	if (!locals.facilitator) error(401, { message: 'Unauthorized' });
	const workshop = facilitatedWorkshop(params.id, locals.facilitator.id);
	const briefing = workshop && briefingOf(workshop.id);
	if (!workshop || !briefing) error(404, { message: 'Not Found' });
	const attendees = inviteesOf(workshop.id)
		.filter((i) => i.email)
		.map((i) => ({ name: i.name, email: i.email! }));
	return new Response(
		invitationIcs(briefing, workshop.id, joinUrl(url, workshop.joinCode), attendees),
		{
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': `attachment; filename="workshop-${workshop.scheduledOn}.ics"`,
				'cache-control': 'private, no-store'
			}
		}
	);
};
