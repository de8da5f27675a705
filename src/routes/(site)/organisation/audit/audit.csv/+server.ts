import { asLanguage } from '$lib/language';
import { getLocale } from '$lib/paraglide/runtime';
import { requireBeheerder } from '$lib/server/guards';
import { auditCsv } from '$lib/server/organisations/audit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) => {
	const { membership } = requireBeheerder(locals, url);
	return new Response(auditCsv(membership.organisationId, asLanguage(getLocale())), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="auditlog.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
