import { error } from '@sveltejs/kit';
import { calendarFeed } from '$lib/server/export';
import { reminderDays } from '$lib/server/workshops/reminders';
import { findFeed } from '$lib/server/workshops/secret-links';
import type { RequestHandler } from './$types';

/** A workshop's subscribable calendar (a secret address): calendars fetch it again and again. */
export const GET: RequestHandler = ({ params }) => {
	const workshopId = findFeed(params.token);
	const body = workshopId && calendarFeed(workshopId, reminderDays(workshopId));
	if (!body) error(404, { message: 'Not Found' });
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'no-store',
			'referrer-policy': 'no-referrer'
		}
	});
};
