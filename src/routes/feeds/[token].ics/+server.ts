import { error } from '@sveltejs/kit';
import { calendarFeed } from '$lib/server/export';
import { feedWorkshop } from '$lib/server/read-model/links';
import { workshopRow } from '$lib/server/read-model/rows';
import type { RequestHandler } from './$types';

/** A workshop's subscribable calendar (a secret address): calendars fetch it again and again. */
export const GET: RequestHandler = ({ params }) => {
	const workshop = workshopRow(feedWorkshop(params.token) ?? '');
	const body = workshop && calendarFeed(workshop.id, workshop.reminderDays);
	if (!body) error(404, { message: 'Not Found' });
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'no-store',
			'referrer-policy': 'no-referrer'
		}
	});
};
