import { requireBeheerder } from '$lib/server/guards';
import { auditJson } from '$lib/server/organisations/audit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) => {
	const { membership } = requireBeheerder(locals, url);
	return new Response(auditJson(membership.organisationId, membership.organisation), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': 'attachment; filename="auditlog.json"',
			'cache-control': 'private, no-store'
		}
	});
};
