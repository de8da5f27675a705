// The organisation's words: roles and the audit log's actions, in the given language (or the
// page's). Apart from labels.ts so that no phone's code carries them.
import type { Language } from '$lib/language';
import type { AuditAction, DefaultRole, Role } from '$lib/organisations';
import { m } from '$lib/paraglide/messages';
import { errorMessage } from './errors';

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
	template_removed: m.audit_template_removed,
	theme_set: m.audit_theme_set,
	theme_removed: m.audit_theme_removed,
	logo_set: m.audit_logo_set,
	logo_removed: m.audit_logo_removed
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

const THEME_ERRORS: Record<string, (inputs: { detail: string }) => string> = {
	theme_missing: () => m.error_theme_missing(),
	theme_too_large: () => m.error_theme_too_large(),
	theme_not_css: (i) => m.error_theme_not_css(i),
	theme_import: () => m.error_theme_import(),
	theme_at_rule: (i) => m.error_theme_at_rule(i),
	theme_selector: (i) => m.error_theme_selector(i),
	theme_not_custom_properties: (i) => m.error_theme_not_custom_properties(i),
	theme_url: (i) => m.error_theme_url(i),
	theme_unsafe_value: (i) => m.error_theme_unsafe_value(i),
	theme_empty: () => m.error_theme_empty(),
	theme_contrast: () => m.look_contrast_failed(),
	logo_missing: () => m.error_logo_missing(),
	logo_type: () => m.error_logo_type(),
	logo_too_large: () => m.error_logo_too_large()
};

/** Why a theme or logo file was refused, naming what in it (`detail`). */
export function themeError(code: string, detail = ''): string {
	return (THEME_ERRORS[code] ?? (() => m.error_unknown()))({ detail });
}

const THEME_ROLE_NAMES: Record<string, () => string> = {
	text: m.look_role_text,
	textSubtle: m.look_role_textSubtle,
	background: m.look_role_background,
	surface: m.look_role_surface,
	border: m.look_role_border,
	heading: m.look_role_heading,
	link: m.look_role_link,
	primary: m.look_role_primary,
	primaryHover: m.look_role_primaryHover,
	onPrimary: m.look_role_onPrimary,
	error: m.look_role_error,
	focus: m.look_role_focus,
	focusRing: m.look_role_focusRing,
	white: m.look_role_white
};

/** What a colour of the app is for, in words ("tekst op knop"). */
export function themeRoleName(role: string): string {
	return (THEME_ROLE_NAMES[role] ?? (() => role))();
}

// Kept out of errors.ts, whose words every phone carries.
const FIELD_ERRORS: Record<string, () => string> = {
	role_invalid: m.error_role_invalid,
	claim_too_long: m.error_claim_too_long,
	claims_too_many: m.error_claims_too_many
};

/** The sentence for an error code of an organisation's form field. */
export function organisationFieldError(code: string): string {
	return FIELD_ERRORS[code]?.() ?? errorMessage(code);
}
