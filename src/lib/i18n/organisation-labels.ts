// The organisation's words: roles and the audit log's actions, in the given language (or the
// page's). Apart from labels.ts so that no phone's code carries them.
import type { Language } from '$lib/language';
import type { AuditAction, DefaultRole, Role } from '$lib/organisations';
import { m } from '$lib/paraglide/messages';

const ROLE_LABELS: Record<Role | 'none', typeof m.role_beheerder> = {
	beheerder: m.role_beheerder,
	begeleider: m.role_begeleider,
	meekijker: m.role_meekijker,
	none: m.role_none
};

export function roleLabel(role: Role | DefaultRole, locale?: Language): string {
	return ROLE_LABELS[role]({}, locale ? { locale } : {});
}

const ROLE_TEXTS: Record<Role, typeof m.role_beheerder_text> = {
	beheerder: m.role_beheerder_text,
	begeleider: m.role_begeleider_text,
	meekijker: m.role_meekijker_text
};

export function roleText(role: Role): string {
	return ROLE_TEXTS[role]();
}

const AUDIT_LABELS: Record<AuditAction, typeof m.audit_member_added> = {
	organisation_founded: m.audit_organisation_founded,
	organisation_renamed: m.audit_organisation_renamed,
	member_added: m.audit_member_added,
	member_invited: m.audit_member_invited,
	invite_revoked: m.audit_invite_revoked,
	member_joined: m.audit_member_joined,
	role_changed: m.audit_role_changed,
	member_removed: m.audit_member_removed,
	sign_in_linked: m.audit_sign_in_linked,
	sign_in_unlinked: m.audit_sign_in_unlinked,
	sign_in_settings: m.audit_sign_in_settings,
	retention_changed: m.audit_retention_changed,
	template_set: m.audit_template_set,
	template_removed: m.audit_template_removed
};

export function auditLabel(action: AuditAction, locale?: Language): string {
	return AUDIT_LABELS[action]({}, locale ? { locale } : {});
}

const ERRORS: Record<string, typeof m.organisation_error_FORBIDDEN> = {
	ALREADY_MEMBER: m.organisation_error_ALREADY_MEMBER,
	LAST_BEHEERDER: m.organisation_error_LAST_BEHEERDER,
	KEY_TAKEN: m.organisation_error_KEY_TAKEN,
	FORBIDDEN: m.organisation_error_FORBIDDEN,
	NOT_FOUND: m.organisation_error_NOT_FOUND
};

/** The sentence for a refused organisation command. */
export function organisationError(code: string): string {
	return (ERRORS[code] ?? m.error_unknown)();
}
