import { error } from '@sveltejs/kit';
import { exportProgress } from '$lib/server/export';
import { publicUrl } from '$lib/server/join-link';
import { getFacilitatedWorkshop } from '$lib/server/workshops/workshops';
import type { RequestHandler } from './$types';

/** The progress report of this workshop and the sessions before it, as of today. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.facilitator) error(401, { message: 'Unauthorized' });
	const workshop = getFacilitatedWorkshop(params.id, locals.facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	const file = await exportProgress(workshop.id, {
		verifyUrl: publicUrl(url, '/verify'),
		issuedBy: locals.facilitator.id
	});
	if (!file) error(404, { message: 'Not Found' });
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'private, no-store',
			'x-fingerprint': file.fingerprint
		}
	});
};
