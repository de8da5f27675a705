import { error } from '$lib/server/http-error';
import { joinQrDataUrl, joinUrl } from '$lib/server/join-link';
import { briefingOf } from '$lib/server/read-model/preparation';
import { workshopForCode } from '$lib/server/join-code-route';
import type { PageServerLoad } from './$types';
import { pageLook } from '$lib/server/read-model/organisations';

/** The participants' briefing, for anyone with the join code (the same guess limits apply). */
export const load: PageServerLoad = async ({ params, cookies, getClientAddress, url, locals }) => {
	const workshop = workshopForCode(params.code, getClientAddress(), cookies);
	locals.look = pageLook(workshop.organisationId);
	const briefing = briefingOf(workshop.id);
	if (!briefing) error(404, { message: 'Not Found' });
	const link = joinUrl(url, workshop.joinCode);
	const { facilitator: _f, ...shown } = briefing;
	return {
		briefing: shown,
		joinUrl: link,
		qr: await joinQrDataUrl(link)
	};
};
