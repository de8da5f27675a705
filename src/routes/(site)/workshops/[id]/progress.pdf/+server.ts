import { error } from '$lib/server/http-error';
import { downloadResponse, exportProgress } from '$lib/server/export';
import { facilitatorActor } from '$lib/server/act';
import { readForm } from '$lib/server/form';
import { publicUrl } from '$lib/server/join-link';
import { m } from '$lib/paraglide/messages';
import { facilitatedWorkshop, facilitatesChain } from '$lib/server/read-model/workshops';
import type { RequestHandler } from './$types';

/**
 * The progress report of this workshop and the sessions before it, as of today. A POST: handing
 * it out is recorded (its fingerprint, by whom).
 */
export const POST: RequestHandler = async ({ locals, params, url, request }) => {
	await readForm(request);
	if (!locals.facilitator) error(401, { message: 'Unauthorized' });
	const workshop = facilitatedWorkshop(params.id, locals.facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	if (!facilitatesChain(workshop.id, locals.facilitator.id)) {
		error(403, { message: 'Forbidden', detail: m.progress_not_whole_chain() });
	}
	const file = await exportProgress(workshop.id, {
		verifyUrl: publicUrl(url, '/verify'),
		actor: facilitatorActor(locals.facilitator)
	});
	if (!file) error(404, { message: 'Not Found' });
	return downloadResponse(file);
};
