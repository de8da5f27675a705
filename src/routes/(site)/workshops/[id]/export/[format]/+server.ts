import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { EXPORT_FORMATS, downloadResponse, exportWorkshop } from '$lib/server/export';
import { facilitatorActor } from '$lib/server/act';
import { fieldsOf, readForm } from '$lib/server/form';
import { publicUrl } from '$lib/server/join-link';
import { facilitatedWorkshop } from '$lib/server/read-model/workshops';
import type { RequestHandler } from './$types';

const formatSchema = z.enum(EXPORT_FORMATS as [string, ...string[]]);
// The format is the path's, never the form's: a form that says format=json still gets a CSV.
const optionsSchema = z.object({
	names: z.enum(['0', '1']).default('0'),
	sep: z.enum(['semicolon', 'comma']).default('semicolon')
});

/**
 * Any export, at any moment during or after the workshop. A POST: handing a document out is
 * recorded (its fingerprint, by whom), and a GET never writes.
 */
export const POST: RequestHandler = async ({ locals, params, url, request }) => {
	if (!locals.facilitator) error(401, { message: 'Unauthorized' });
	const workshop = facilitatedWorkshop(params.id, locals.facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	const format = formatSchema.safeParse(params.format);
	if (!format.success) error(404, { message: 'Not Found' });
	const form = await readForm(request);
	const query = optionsSchema.safeParse(fieldsOf(form, ['names', 'sep']));
	if (!query.success) error(400, { message: 'Bad Request' });
	const file = await exportWorkshop(workshop.id, format.data as (typeof EXPORT_FORMATS)[number], {
		includeNames: query.data.names === '1',
		separator: query.data.sep === 'comma' ? ',' : ';',
		verifyUrl: publicUrl(url, '/verify'),
		actor: facilitatorActor(locals.facilitator)
	});
	if (!file) error(404, { message: 'Not Found' });
	return downloadResponse(file);
};
