// An organisation as its pages read it: an account's membership, the members and open invitations,
// the sign-in settings, the audit log, and which of an organisation's workshops a member may look
// into. Writes go through src/lib/server/organisations/.
import {
	NO_ROLE_CLAIMS,
	ROLES,
	type AuditAction,
	type DefaultRole,
	type Role,
	type RoleClaims
} from '$lib/organisations';
import { statement } from '../db/statements';
import { hashToken } from '../ids';
import { workshopRow, type WorkshopRow } from './rows';

export interface Membership {
	organisationId: string;
	organisation: string;
	role: Role;
	roleSource: 'claims' | 'beheerder';
}

/** The organisation this account belongs to and its role there, or null. */
export function membershipOf(facilitatorId: string): Membership | null {
	return (
		(statement(
			`SELECT m.organisation_id AS organisationId, o.name AS organisation, m.role,
				m.role_source AS roleSource
			FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
			WHERE m.facilitator_id = ?`
		).get(facilitatorId) as Membership | undefined) ?? null
	);
}

export interface OrganisationRow {
	id: string;
	name: string;
	signInKey: string | null;
	defaultRole: DefaultRole;
	roleClaims: RoleClaims;
	retentionDays: number;
}

/** Reads the stored role mapping; anything that is not a list of strings counts as none. */
function roleClaimsOf(json: string): RoleClaims {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return NO_ROLE_CLAIMS;
	}
	const claims = { ...NO_ROLE_CLAIMS };
	for (const role of ROLES) {
		const list = (value as Record<string, unknown> | null)?.[role];
		if (Array.isArray(list)) claims[role] = list.filter((v) => typeof v === 'string');
	}
	return claims;
}

export function organisationRow(id: string): OrganisationRow | null {
	const row = statement(
		`SELECT id, name, sign_in_key AS signInKey, default_role AS defaultRole,
			role_claims AS roleClaims, retention_days AS retentionDays FROM organisations WHERE id = ?`
	).get(id) as (Omit<OrganisationRow, 'roleClaims'> & { roleClaims: string }) | undefined;
	return row ? { ...row, roleClaims: roleClaimsOf(row.roleClaims) } : null;
}

/** The organisation whose sign-in key this is, if any. */
export function organisationBySignInKey(key: string): OrganisationRow | null {
	const id = statement('SELECT id FROM organisations WHERE sign_in_key = ?', { pluck: true }).get(
		key
	) as string | undefined;
	return id ? organisationRow(id) : null;
}

export interface MemberRow {
	id: string;
	displayName: string;
	email: string;
	role: Role;
	roleSource: 'claims' | 'beheerder';
	addedAt: number;
}

export function membersOf(organisationId: string): MemberRow[] {
	return statement(
		`SELECT f.id, f.display_name AS displayName, f.email, m.role, m.role_source AS roleSource,
			m.added_at AS addedAt
		FROM organisation_members m JOIN facilitators f ON f.id = m.facilitator_id
		WHERE m.organisation_id = ? ORDER BY f.display_name COLLATE NOCASE, f.email`
	).all(organisationId) as MemberRow[];
}

/** The organisation's open invitations (expired ones are not). */
export function invitesOf(
	organisationId: string,
	now = Date.now()
): { email: string; role: Role; expiresAt: number }[] {
	return statement(
		`SELECT email, role, expires_at AS expiresAt FROM organisation_invites
		WHERE organisation_id = ? AND expires_at > ? ORDER BY invited_at`
	).all(organisationId, now) as { email: string; role: Role; expiresAt: number }[];
}

interface InviteFor {
	organisationId: string;
	organisation: string;
	role: Role;
	email: string;
	/** Who invited: the audit log's line for it. */
	invitedBy: string;
}

const INVITE_COLUMNS = `i.organisation_id AS organisationId, o.name AS organisation, i.role, i.email,
	coalesce((SELECT a.actor_name FROM organisation_audit a WHERE a.organisation_id = i.organisation_id
		AND a.action = 'member_invited' AND a.subject = i.email ORDER BY a.id DESC LIMIT 1), '') AS invitedBy
	FROM organisation_invites i JOIN organisations o ON o.id = i.organisation_id`;

/** The organisations that invited this address, for its account to accept or decline. */
export function invitesFor(email: string, now = Date.now()): InviteFor[] {
	return statement(
		`SELECT ${INVITE_COLUMNS} WHERE i.email = ? AND i.expires_at > ? ORDER BY i.invited_at`
	).all(email, now) as InviteFor[];
}

/** The open invitation a secret link is for, if any. */
export function inviteByToken(token: string, now = Date.now()): InviteFor | null {
	return (
		(statement(`SELECT ${INVITE_COLUMNS} WHERE i.token_hash = ? AND i.expires_at > ?`).get(
			hashToken(token),
			now
		) as InviteFor | undefined) ?? null
	);
}

export interface AuditRow {
	at: number;
	actor: string;
	action: AuditAction;
	subject: string;
	detail: string;
}

/** The audit log, newest first. */
export function auditOf(organisationId: string): AuditRow[] {
	return statement(
		`SELECT at, actor_name AS actor, action, subject, detail FROM organisation_audit
		WHERE organisation_id = ? ORDER BY id DESC`
	).all(organisationId) as AuditRow[];
}

/** The organisation claim's values this account signed in with (what it may link to). */
export function signInKeysOf(facilitatorId: string): string[] {
	return statement(
		`SELECT DISTINCT organisation_key FROM facilitator_identities
		WHERE facilitator_id = ? AND organisation_key IS NOT NULL ORDER BY organisation_key`,
		{ pluck: true }
	).all(facilitatorId) as string[];
}

/** The organisation's own template for a method (its JSON), if it has one. */
export function organisationTemplateOf(organisationId: string, method: string): string | null {
	return (
		(statement(
			'SELECT template FROM organisation_templates WHERE organisation_id = ? AND method = ?',
			{ pluck: true }
		).get(organisationId, method) as string | undefined) ?? null
	);
}

export function organisationTemplates(
	organisationId: string
): { method: string; updatedAt: number }[] {
	return statement(
		`SELECT method, updated_at AS updatedAt FROM organisation_templates
		WHERE organisation_id = ? ORDER BY method`
	).all(organisationId) as { method: string; updatedAt: number }[];
}

/**
 * A workshop of this member's organisation, for a member who may oversee it (any role: the
 * overview shows no participants); else null, whether it exists or not.
 */
export function overseenWorkshop(workshopId: string, facilitatorId: string): WorkshopRow | null {
	const membership = membershipOf(facilitatorId);
	const workshop = workshopRow(workshopId);
	if (!membership || !workshop || workshop.organisationId !== membership.organisationId) {
		return null;
	}
	return workshop;
}

/** The organisation's workshops, newest first (for its overview: no participants, no content). */
export function workshopsOfOrganisation(
	organisationId: string
): { id: string; title: string; scheduledOn: string; facilitator: string; commitments: number }[] {
	return statement(
		`SELECT w.id, w.title, w.scheduled_on AS scheduledOn, f.display_name AS facilitator,
			(SELECT COUNT(*) FROM commitments m WHERE m.workshop_id = w.id
				AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.carried_from = m.id)) AS commitments
		FROM workshops w JOIN facilitators f ON f.id = w.owner_id
		WHERE w.organisation_id = ? ORDER BY w.scheduled_on DESC, w.created_at DESC`
	).all(organisationId) as {
		id: string;
		title: string;
		scheduledOn: string;
		facilitator: string;
		commitments: number;
	}[];
}

export interface OrganisationLook {
	organisationId: string;
	/** Its name: the logo's text alternative. */
	name: string;
	/** Changes with every change of the look: the served files' addresses carry it. */
	version: number;
	css: string | null;
	accent: string | null;
	fileName: string | null;
	logoType: 'image/png' | 'image/jpeg' | null;
}

/** The organisation's own look, if it has one (without the logo's bytes). */
export function organisationLook(organisationId: string | null): OrganisationLook | null {
	if (!organisationId) return null;
	return (
		(statement(
			`SELECT t.organisation_id AS organisationId, o.name, t.updated_at AS version, t.css,
				t.accent, t.file_name AS fileName, t.logo_type AS logoType
			FROM organisation_themes t JOIN organisations o ON o.id = t.organisation_id
			WHERE t.organisation_id = ?`
		).get(organisationId) as OrganisationLook | undefined) ?? null
	);
}

/** The logo's bytes and type, if the organisation has one. */
export function organisationLogo(
	organisationId: string
): { bytes: Buffer; type: 'image/png' | 'image/jpeg' } | null {
	const row = statement(
		`SELECT logo AS bytes, logo_type AS type FROM organisation_themes
		WHERE organisation_id = ? AND logo IS NOT NULL`
	).get(organisationId) as { bytes: Buffer; type: 'image/png' | 'image/jpeg' } | undefined;
	return row ?? null;
}

/** What a page needs of an organisation's look: its theme's and logo's addresses. */
export interface PageLook {
	css: string | null;
	logo: { src: string; alt: string } | null;
}

export function pageLook(organisationId: string | null | undefined): PageLook | null {
	const look = organisationLook(organisationId ?? null);
	if (!look || (!look.css && !look.logoType)) return null;
	const base = `/themes/${look.organisationId}/${look.version}`;
	return {
		// The stylesheet also carries the logo for the site's header (a CSS image: no script).
		css: `${base}/theme.css`,
		logo: look.logoType ? { src: `${base}/logo`, alt: look.name } : null
	};
}
