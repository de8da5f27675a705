// A beheerder's form action as one call: the command runs on their own organisation through
// `executeOrganisation`, and a refusal becomes the form's error (a 4xx with its code), never a 500.
import { fail } from '@sveltejs/kit';
import type { Facilitator } from '../auth';
import type { Membership } from '../read-model/organisations';
import { DomainError } from '../workshops/command';
import { executeOrganisation, type OrganisationContext } from './command';

export function actOrganisation<Result>(
	facilitator: Facilitator,
	membership: Membership,
	command: (ctx: OrganisationContext) => Result
) {
	try {
		const actor = {
			kind: 'beheerder',
			facilitatorId: facilitator.id,
			displayName: facilitator.displayName
		} as const;
		return {
			done: true as const,
			result: executeOrganisation(membership.organisationId, actor, command)
		};
	} catch (err) {
		if (!(err instanceof DomainError)) throw err;
		return fail(err.code === 'FORBIDDEN' ? 403 : err.code === 'NOT_FOUND' ? 404 : 400, {
			error: err.code
		});
	}
}
