import { error } from '@sveltejs/kit';
import { slug } from '$lib/server/export';
import { templateOfWorkshop } from '$lib/server/library/templates';
import { facilitatedWorkshop } from '$lib/server/read-model/workshops';
import type { RequestHandler } from './$types';

/** This workshop's steps and catalogue as a template file, to import as an account's default. */
export const GET: RequestHandler = ({ locals, params }) => {
	if (!locals.facilitator) error(401, { message: 'Unauthorized' });
	const workshop = facilitatedWorkshop(params.id, locals.facilitator.id);
	const template = workshop && templateOfWorkshop(workshop.id, workshop.method);
	if (!workshop || !template) error(404, { message: 'Not Found' });
	return new Response(`${JSON.stringify(template, null, 2)}\n`, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${slug(workshop.title)}-sjabloon.json"`,
			'cache-control': 'private, no-store'
		}
	});
};
