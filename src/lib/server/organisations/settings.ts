// An organisation's settings, changed by a beheerder: its name, which sign-in puts people in it
// (the organisation claim's value) and which claim values give which role, how long new workshops
// keep participants' data, and its own templates. The only writers of those columns and of
// `organisation_templates`; each writes its line of the audit log.
import type { DefaultRole, RoleClaims } from '$lib/organisations';
import type { Template } from '$lib/schemas/template';
import { statement } from '../db/statements';
import { DomainError } from '../workshops/command';
import type { OrganisationContext } from './command';

export function renameOrganisation(ctx: OrganisationContext, name: string): void {
	statement('UPDATE organisations SET name = ? WHERE id = ?').run(name, ctx.organisationId);
	ctx.audit('organisation_renamed', name);
}

/**
 * Links the organisation to a value of the organisation claim that the beheerder signed in with
 * themselves: only someone in that tenant (or realm) can claim its staff.
 */
export function linkSignIn(ctx: OrganisationContext, key: string): void {
	if (ctx.actor.kind !== 'beheerder') throw new DomainError('FORBIDDEN');
	const own = statement(
		'SELECT 1 FROM facilitator_identities WHERE facilitator_id = ? AND organisation_key = ?',
		{ pluck: true }
	).get(ctx.actor.facilitatorId, key);
	if (!own) throw new DomainError('FORBIDDEN');
	const taken = statement('SELECT id FROM organisations WHERE sign_in_key = ?', {
		pluck: true
	}).get(key) as string | undefined;
	if (taken && taken !== ctx.organisationId) throw new DomainError('KEY_TAKEN');
	statement('UPDATE organisations SET sign_in_key = ? WHERE id = ?').run(key, ctx.organisationId);
	ctx.audit('sign_in_linked', key);
}

export function unlinkSignIn(ctx: OrganisationContext): void {
	statement('UPDATE organisations SET sign_in_key = NULL WHERE id = ?').run(ctx.organisationId);
	ctx.audit('sign_in_unlinked');
}

/** Who a provider's person becomes when no claim value maps, and which values give which role. */
export function setSignInSettings(
	ctx: OrganisationContext,
	defaultRole: DefaultRole,
	roleClaims: RoleClaims
): void {
	statement('UPDATE organisations SET default_role = ?, role_claims = ? WHERE id = ?').run(
		defaultRole,
		JSON.stringify(roleClaims),
		ctx.organisationId
	);
	const mapped = Object.entries(roleClaims)
		.map(([role, values]) => `${role}: ${values.join(', ') || '—'}`)
		.join('; ');
	ctx.audit('sign_in_settings', defaultRole, mapped);
}

/** How many days after its date a new workshop of the organisation keeps participants' data. */
export function setRetentionDefault(ctx: OrganisationContext, days: number): void {
	statement('UPDATE organisations SET retention_days = ? WHERE id = ?').run(
		days,
		ctx.organisationId
	);
	ctx.audit('retention_changed', String(days));
}

/** The organisation's own template for its method (checked by the library before it comes here). */
export function setOrganisationTemplate(ctx: OrganisationContext, template: Template): void {
	statement(
		`INSERT INTO organisation_templates (organisation_id, method, template, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (organisation_id, method) DO UPDATE SET template = excluded.template,
			updated_at = excluded.updated_at`
	).run(ctx.organisationId, template.method, JSON.stringify(template), ctx.now);
	ctx.audit('template_set', template.method);
}

export function removeOrganisationTemplate(ctx: OrganisationContext, method: string): void {
	const gone = statement(
		'DELETE FROM organisation_templates WHERE organisation_id = ? AND method = ?'
	).run(ctx.organisationId, method).changes;
	if (!gone) throw new DomainError('NOT_FOUND');
	ctx.audit('template_removed', method);
}
