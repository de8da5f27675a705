// Who is in an organisation, with which role: founding one, inviting an address, answering an
// invitation, changing a role, removing a member, and the provider's claims at sign-in. These
// commands are the only writers of `organisations` (its founding), `organisation_members` and
// `organisation_invites`; each writes its line of the audit log.
import { mapsRoles, roleFromClaims, type Role } from '$lib/organisations';
import { statement } from '../db/statements';
import { hashToken, newId, newToken } from '../ids';
import { logger } from '../log.js';
import { membershipOf, organisationBySignInKey } from '../read-model/organisations';
import { DomainError } from '../workshops/command';
import { accountActor, executeOrganisation, roleIn, type OrganisationContext } from './command';

interface Account {
	id: string;
	email: string;
	displayName: string;
	emailConfirmed: boolean;
}

const nameOf = (id: string) =>
	statement('SELECT display_name FROM facilitators WHERE id = ?', { pluck: true }).get(id) as
		string | undefined;

function insertMember(ctx: OrganisationContext, facilitatorId: string, role: Role, source: string) {
	statement(
		`INSERT INTO organisation_members (facilitator_id, organisation_id, role, role_source, added_at)
		VALUES (?, ?, ?, ?, ?)`
	).run(facilitatorId, ctx.organisationId, role, source, ctx.now);
}

/** A new organisation, with this account (in none yet) as its first beheerder. */
export function foundOrganisation(account: Account, name: string, now = Date.now()): string {
	const id = newId();
	executeOrganisation(
		id,
		accountActor(account),
		(ctx) => {
			if (membershipOf(account.id)) throw new DomainError('ALREADY_MEMBER');
			statement('INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?)').run(
				id,
				name,
				now
			);
			insertMember(ctx, account.id, 'beheerder', 'beheerder');
			ctx.audit('organisation_founded', name);
		},
		now
	);
	return id;
}

export const ORGANISATION_INVITE_DAYS = 14;

/**
 * Invites an address to the organisation with a role (replacing an earlier invitation for it);
 * returns the secret link's token. Its account joins only when it accepts: being added to an
 * organisation puts one's next workshops in it, so nobody is put there without saying yes.
 */
export function inviteMember(ctx: OrganisationContext, email: string, role: Role): string {
	const member = statement(
		`SELECT 1 FROM organisation_members m JOIN facilitators f ON f.id = m.facilitator_id
		WHERE f.email = ? AND m.organisation_id = ?`,
		{ pluck: true }
	).get(email, ctx.organisationId);
	if (member) throw new DomainError('ALREADY_MEMBER');
	const token = newToken();
	statement(
		`INSERT INTO organisation_invites (organisation_id, email, role, token_hash, invited_at, expires_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (organisation_id, email) DO UPDATE SET role = excluded.role,
			token_hash = excluded.token_hash, invited_at = excluded.invited_at,
			expires_at = excluded.expires_at`
	).run(
		ctx.organisationId,
		email,
		role,
		hashToken(token),
		ctx.now,
		ctx.now + ORGANISATION_INVITE_DAYS * 86_400_000
	);
	ctx.audit('member_invited', email, role);
	return token;
}

export function revokeInvite(ctx: OrganisationContext, email: string): void {
	const gone = statement(
		'DELETE FROM organisation_invites WHERE organisation_id = ? AND email = ?'
	).run(ctx.organisationId, email).changes;
	if (!gone) throw new DomainError('NOT_FOUND');
	ctx.audit('invite_revoked', email);
}

/**
 * The invited account's yes or no. Only the account with the invited address may answer: through
 * the secret link (`viaLink`: it reached that address, or its owner was handed it), or with that
 * address confirmed. It accepts only while it is in no organisation.
 */
export function answerInvite(
	account: Account,
	organisationId: string,
	accept: boolean,
	{ viaLink = false, now = Date.now() } = {}
): void {
	executeOrganisation(
		organisationId,
		accountActor(account),
		(ctx) => {
			const role = statement(
				`DELETE FROM organisation_invites WHERE organisation_id = ? AND email = ? AND expires_at > ?
				RETURNING role`,
				{ pluck: true }
			).get(organisationId, account.email, now) as Role | undefined;
			if (!role || !(account.emailConfirmed || viaLink)) throw new DomainError('NOT_FOUND');
			if (!accept) return ctx.audit('invite_revoked', account.email, 'declined');
			if (membershipOf(account.id)) throw new DomainError('ALREADY_MEMBER');
			insertMember(ctx, account.id, role, 'beheerder');
			ctx.audit('member_joined', `${account.displayName} <${account.email}>`, role);
		},
		now
	);
}

/** Refuses a change that would leave the organisation without a beheerder. */
function keepABeheerder(ctx: OrganisationContext, facilitatorId: string) {
	const others = statement(
		`SELECT COUNT(*) FROM organisation_members
		WHERE organisation_id = ? AND role = 'beheerder' AND facilitator_id <> ?`,
		{ pluck: true }
	).get(ctx.organisationId, facilitatorId) as number;
	if (others === 0) throw new DomainError('LAST_BEHEERDER');
}

/** The member's role here; a member of no such organisation is NOT_FOUND. */
function roleOf(ctx: OrganisationContext, facilitatorId: string): Role {
	const role = roleIn(ctx.organisationId, facilitatorId);
	if (!role) throw new DomainError('NOT_FOUND');
	return role;
}

/** A beheerder sets a member's role by hand: the provider's claims leave it alone from now on. */
export function changeRole(ctx: OrganisationContext, facilitatorId: string, role: Role): void {
	const before = roleOf(ctx, facilitatorId);
	if (before === 'beheerder' && role !== 'beheerder') keepABeheerder(ctx, facilitatorId);
	statement(
		`UPDATE organisation_members SET role = ?, role_source = 'beheerder'
		WHERE organisation_id = ? AND facilitator_id = ?`
	).run(role, ctx.organisationId, facilitatorId);
	ctx.audit('role_changed', nameOf(facilitatorId) ?? facilitatorId, `${before} → ${role}`);
}

/**
 * Takes a member out: they no longer facilitate the organisation's workshops (theirs included;
 * those stay the organisation's) nor read its register.
 */
export function removeMember(ctx: OrganisationContext, facilitatorId: string): void {
	const role = roleOf(ctx, facilitatorId);
	if (role === 'beheerder') keepABeheerder(ctx, facilitatorId);
	statement(
		'DELETE FROM organisation_members WHERE organisation_id = ? AND facilitator_id = ?'
	).run(ctx.organisationId, facilitatorId);
	ctx.audit('member_removed', nameOf(facilitatorId) ?? facilitatorId, role);
}

/**
 * At a sign-in with the provider: the organisation linked to the person's organisation claim takes
 * them in, with the role its mapping gives their roles claim (else its default role), and keeps
 * that role up to date at each sign-in unless a beheerder set it by hand. Someone in another
 * organisation stays there.
 */
export function applyClaims(
	account: { id: string; displayName: string; email: string },
	key: string,
	roleValues: readonly string[],
	now = Date.now()
): void {
	const organisation = organisationBySignInKey(key);
	if (!organisation) return;
	const membership = membershipOf(account.id);
	if (membership && membership.organisationId !== organisation.id) {
		logger().warn(
			{ reason: 'member_elsewhere' },
			'organisation sign-in kept the account where it is'
		);
		return;
	}
	if (membership?.roleSource === 'beheerder') return;
	const mapped = roleFromClaims(organisation.roleClaims, roleValues);
	// The column's CHECK holds the default role to none, meekijker or begeleider.
	const role = mapped ?? (organisation.defaultRole === 'none' ? null : organisation.defaultRole);
	// Without a mapping the claims say nothing about a member's role: it stays as it is.
	if (membership && !mapsRoles(organisation.roleClaims)) return;
	if (membership?.role === role) return;
	const who = `${account.displayName} <${account.email}>`;
	executeOrganisation(
		organisation.id,
		{ kind: 'provider' },
		(ctx) => {
			if (!membership && role) {
				insertMember(ctx, account.id, role, 'claims');
				ctx.audit('member_joined', who, role);
			} else if (membership && !role) {
				statement('DELETE FROM organisation_members WHERE facilitator_id = ?').run(account.id);
				ctx.audit('member_removed', who, membership.role);
			} else if (membership && role) {
				statement('UPDATE organisation_members SET role = ? WHERE facilitator_id = ?').run(
					role,
					account.id
				);
				ctx.audit('role_changed', who, `${membership.role} → ${role}`);
			}
		},
		now
	);
}

/** Deletes expired invitations (they hold e-mail addresses): a job, for every organisation. */
export function purgeExpiredOrganisationInvites(now = Date.now()): number {
	return statement('DELETE FROM organisation_invites WHERE expires_at <= ?').run(now).changes;
}
