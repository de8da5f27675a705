import { error } from '$lib/server/http-error';
import { facilitatorActor } from '$lib/server/act';
import { downloadResponse, exportProgress } from '$lib/server/export';
import { readForm } from '$lib/server/form';
import { requireMember } from '$lib/server/guards';
import { publicUrl } from '$lib/server/join-link';
import { overseenWorkshop } from '$lib/server/read-model/organisations';
import type { RequestHandler } from './$types';

/**
 * The organisation's copy of a workshop's progress report (no cards, no notes), for any member;
 * handed out like every copy (its fingerprint, by whom).
 */
export const POST: RequestHandler = async ({ locals, params, url, request }) => {
	await readForm(request);
	const { facilitator } = requireMember(locals, url);
	const workshop = overseenWorkshop(params.id, facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	const file = await exportProgress(workshop.id, {
		verifyUrl: publicUrl(url, '/verify'),
		actor: facilitatorActor(facilitator),
		reader: 'organisation'
	});
	if (!file) error(404, { message: 'Not Found' });
	return downloadResponse(file);
};
