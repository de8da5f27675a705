import { requireBeheerder } from '$lib/server/guards';
import { auditOf } from '$lib/server/read-model/organisations';
import type { PageServerLoad } from './$types';

/** The organisation's audit log, for its beheerders. */
export const load: PageServerLoad = ({ locals, url }) => {
	const { membership } = requireBeheerder(locals, url);
	return { organisation: membership.organisation, lines: auditOf(membership.organisationId) };
};
