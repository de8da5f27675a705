import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { EXPORT_FORMATS, exportWorkshop } from '$lib/server/export';
import { publicUrl } from '$lib/server/join-link';
import { getFacilitatedWorkshop } from '$lib/server/workshops/workshops';
import type { RequestHandler } from './$types';

const formatSchema = z.enum(EXPORT_FORMATS as [string, ...string[]]);
// The format is the path's, never the query's: /export/csv?format=json is a CSV.
const querySchema = z.object({
	names: z.enum(['0', '1']).default('0'),
	sep: z.enum(['semicolon', 'comma']).default('semicolon')
});

/** Any export, at any moment during or after the workshop. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.facilitator) error(401, { message: 'Unauthorized' });
	const workshop = getFacilitatedWorkshop(params.id, locals.facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	const format = formatSchema.safeParse(params.format);
	if (!format.success) error(404, { message: 'Not Found' });
	const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success) error(400, { message: 'Bad Request' });
	const file = await exportWorkshop(workshop.id, format.data as (typeof EXPORT_FORMATS)[number], {
		includeNames: query.data.names === '1',
		separator: query.data.sep === 'comma' ? ',' : ';',
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
