import { m } from '$lib/paraglide/messages';

const MESSAGES: Record<string, () => string> = {
	email_invalid: m.error_email_invalid,
	name_required: m.error_name_required,
	name_too_long: m.error_name_too_long,
	name_invalid: m.error_name_invalid,
	name_taken: m.error_name_taken,
	password_too_short: m.error_password_too_short,
	password_too_long: m.error_password_too_long,
	password_required: m.error_password_required,
	invalid_credentials: m.error_invalid_credentials,
	duplicate_account: m.error_duplicate_account,
	code_required: m.error_code_required,
	code_unknown: m.error_code_unknown,
	title_required: m.error_title_required,
	title_too_long: m.error_title_too_long,
	organisation_required: m.error_organisation_required,
	organisation_too_long: m.error_organisation_too_long,
	case_too_long: m.error_case_too_long,
	date_invalid: m.error_date_invalid,
	language_invalid: m.error_language_invalid,
	owner_too_long: m.error_owner_too_long,
	status_invalid: m.error_status_invalid,
	note_too_long: m.error_note_too_long,
	email_or_empty: m.error_email_or_empty,
	reminder_days_invalid: m.error_reminder_days_invalid,
	follow_up_purged: m.error_follow_up_purged,
	follow_up_already: m.error_follow_up_already,
	purpose_too_long: m.error_purpose_too_long,
	template_missing: m.error_template_missing,
	template_too_large: m.error_template_too_large,
	template_not_json: m.error_template_not_json,
	template_invalid: m.error_template_invalid,
	measure_urn_invalid: m.error_measure_urn_invalid,
	invitee_name_too_long: m.error_invitee_name_too_long,
	location_too_long: m.error_location_too_long,
	time_invalid: m.error_time_invalid,
	role_too_long: m.error_role_too_long,
	side_invalid: m.error_side_invalid,
	seat_too_long: m.error_seat_too_long,
	follow_up_not_found: m.error_follow_up_not_found,
	fingerprint_invalid: m.error_fingerprint_invalid,
	import_invalid: m.error_import_invalid,
	import_missing: m.error_import_missing,
	method_invalid: m.error_method_invalid,
	join_locked: m.error_join_locked,
	no_such_account: m.error_no_such_account,
	retention_invalid: m.error_retention_invalid,
	delete_confirm: m.error_delete_confirm
};

/**
 * The sentence for an error code from a form action, in the current language. `detail` names
 * what the sentence is about where it needs that (an archive's unknown method).
 */
export function errorMessage(code: string, retryAfterSeconds?: number, detail = ''): string {
	if (code === 'import_unknown_method') return m.error_import_unknown_method({ method: detail });
	if (code === 'rate_limited') {
		return m.error_rate_limited({
			minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60))
		});
	}
	return (MESSAGES[code] ?? m.error_unknown)();
}
