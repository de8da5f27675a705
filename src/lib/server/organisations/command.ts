// The organisation aggregate's one write path: every change to an organisation (its members, its
// sign-in settings, its templates, its retention default) is a command run by
// `executeOrganisation`, in one immediate transaction that checks who acts and writes the audit
// log's lines with the change. A beheerder acts from the organisation's pages; the provider acts
// when its claims set a member's role at sign-in; an account acts for itself when it founds an
// organisation or joins one it was added to.
import { getDb } from '../db';
import { statement } from '../db/statements';
import { DomainError } from '../workshops/command';
import type { AuditAction, Role } from '$lib/organisations';

export type OrganisationActor =
	| { kind: 'beheerder'; facilitatorId: string; displayName: string }
	/** The installation's OpenID provider: its claims, at a member's sign-in. */
	| { kind: 'provider' }
	/** An account acting for itself (founding an organisation, joining one it was added to). */
	| { kind: 'account'; facilitatorId: string; displayName: string };

export interface OrganisationContext {
	organisationId: string;
	actor: OrganisationActor;
	now: number;
	/** Writes a line of the audit log: what was done, to whom or what, and how. */
	audit(action: AuditAction, subject?: string, detail?: string): void;
}

/** The role this account has in this organisation, or null. */
export function roleIn(organisationId: string, facilitatorId: string): Role | null {
	return (
		(statement(
			'SELECT role FROM organisation_members WHERE organisation_id = ? AND facilitator_id = ?',
			{ pluck: true }
		).get(organisationId, facilitatorId) as Role | undefined) ?? null
	);
}

/** An account acting for itself (founding an organisation, answering an invitation). */
export const accountActor = (account: { id: string; displayName: string }): OrganisationActor => ({
	kind: 'account',
	facilitatorId: account.id,
	displayName: account.displayName
});

const actorName = (actor: OrganisationActor) =>
	actor.kind === 'provider' ? 'OpenID Connect' : actor.displayName;

/**
 * Runs a command on an organisation in one transaction, with its audit lines. A beheerder must
 * be one of this organisation now (else FORBIDDEN, and nothing is written).
 */
export function executeOrganisation<Result>(
	organisationId: string,
	actor: OrganisationActor,
	command: (ctx: OrganisationContext) => Result,
	now = Date.now()
): Result {
	const ctx: OrganisationContext = {
		organisationId,
		actor,
		now,
		audit(action, subject = '', detail = '') {
			statement(
				`INSERT INTO organisation_audit (organisation_id, at, actor_id, actor_name, action, subject, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?)`
			).run(
				organisationId,
				now,
				actor.kind === 'provider' ? null : actor.facilitatorId,
				actorName(actor),
				action,
				subject,
				detail
			);
		}
	};
	return getDb()
		.transaction(() => {
			if (
				actor.kind === 'beheerder' &&
				roleIn(organisationId, actor.facilitatorId) !== 'beheerder'
			) {
				throw new DomainError('FORBIDDEN');
			}
			return command(ctx);
		})
		.immediate();
}
