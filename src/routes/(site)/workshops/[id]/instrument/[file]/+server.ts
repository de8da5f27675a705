import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { facilitatorActor } from '$lib/server/act';
import { downloadResponse } from '$lib/server/export';
import { exportInstrument, INSTRUMENT_FILES } from '$lib/server/export/instrument';
import { publicUrl } from '$lib/server/join-link';
import { facilitatedWorkshop } from '$lib/server/read-model/workshops';
import type { RequestHandler } from './$types';

const fileSchema = z.enum(INSTRUMENT_FILES);

/**
 * The documents of a workshop that ran an instrument: its answers in the publisher's format and
 * the art. 27 AI Act summary (PDF, JSON). A POST, like every issued document: handing it out is
 * recorded.
 */
export const POST: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.facilitator) error(401, { message: 'Unauthorized' });
	const workshop = facilitatedWorkshop(params.id, locals.facilitator.id);
	const file = fileSchema.safeParse(params.file);
	if (!workshop || !file.success) error(404, { message: 'Not Found' });
	const issued = await exportInstrument(workshop.id, file.data, {
		verifyUrl: publicUrl(url, '/verify'),
		actor: facilitatorActor(locals.facilitator),
		by: locals.facilitator.displayName
	});
	if (!issued) error(404, { message: 'Not Found' });
	return downloadResponse(issued);
};
