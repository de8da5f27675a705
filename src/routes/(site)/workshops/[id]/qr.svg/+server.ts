import { error } from '@sveltejs/kit';
import { joinQrSvg, joinUrl } from '$lib/server/join-link';
import { facilitatedWorkshop } from '$lib/server/read-model/workshops';
import type { RequestHandler } from './$types';

/** The join QR code as a file, to print on a handout or paste into slides. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.facilitator) error(401, { message: 'Unauthorized' });
	const workshop = facilitatedWorkshop(params.id, locals.facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	return new Response(await joinQrSvg(joinUrl(url, workshop.joinCode)), {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'content-disposition': `inline; filename="join-${workshop.joinCode}.svg"`,
			'cache-control': 'private, no-store'
		}
	});
};
