// Organisations: the roles of their members and what each may do, and what the audit log records.
// Pure rules, shared by the server's guards and the pages that show them.

export const ROLES = ['beheerder', 'begeleider', 'meekijker'] as const;
export type Role = (typeof ROLES)[number];

/** Who a provider's person becomes when the roles claim names none of ours. */
export const DEFAULT_ROLES = ['none', 'meekijker', 'begeleider'] as const;
export type DefaultRole = (typeof DEFAULT_ROLES)[number];

/** Per role, the values of the roles claim that give it. */
export type RoleClaims = Record<Role, string[]>;

export const NO_ROLE_CLAIMS: RoleClaims = { beheerder: [], begeleider: [], meekijker: [] };

/** Whether this member may facilitate workshops (make them, run them): not a meekijker. */
export function mayFacilitate(role: Role | null): boolean {
	return role === null || role === 'beheerder' || role === 'begeleider';
}

/** Whether this member reads the organisation's register, progress reports and register drafts. */
export function mayOversee(role: Role | null): role is Role {
	return role !== null;
}

/** Whether this member manages the organisation (members, sign-in, look, retention, audit log). */
export function mayManage(role: Role | null): boolean {
	return role === 'beheerder';
}

/** Whether any claim value is mapped to a role: then the claims decide members' roles. */
export function mapsRoles(claims: RoleClaims): boolean {
	return ROLES.some((role) => claims[role].length > 0);
}

/**
 * The role the provider's claim values give, the highest first (beheerder, begeleider,
 * meekijker); null when none of them is mapped.
 */
export function roleFromClaims(claims: RoleClaims, values: readonly string[]): Role | null {
	const given = new Set(values);
	return ROLES.find((role) => claims[role].some((value) => given.has(value))) ?? null;
}

/** A claim's value as a list of strings (a string, an array of strings, or nothing). */
export function claimValues(value: unknown): string[] {
	if (typeof value === 'string') return value ? [value] : [];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
	return [];
}

/** What the audit log records, one word per kind of change. */
export const AUDIT_ACTIONS = [
	'organisation_founded',
	'organisation_renamed',
	'member_added',
	'member_invited',
	'invite_revoked',
	'member_joined',
	'role_changed',
	'member_removed',
	'sign_in_linked',
	'sign_in_unlinked',
	'sign_in_settings',
	'retention_changed',
	'template_set',
	'template_removed',
	'theme_set',
	'theme_removed',
	'logo_set',
	'logo_removed'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
