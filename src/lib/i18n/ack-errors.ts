// Sentences for the error codes of socket acks; apart from the form errors, so a phone downloads
// only these.
import { m } from '$lib/paraglide/messages';
import type { ErrorCode } from '$lib/realtime/events';

const ACK_MESSAGES: Partial<Record<ErrorCode, () => string>> = {
	LOCKED: m.error_locked,
	WRONG_STEP: m.error_wrong_step,
	BUDGET_EXCEEDED: m.error_budget_exceeded,
	VALUE_LIMIT: m.error_value_limit,
	NOT_FOUND: m.error_not_found,
	IN_USE: m.error_in_use,
	CARRIED: m.error_carried,
	LIMIT_REACHED: m.error_limit_reached,
	UNAUTHORIZED: m.error_session_ended,
	TIMEOUT: m.retry_hint,
	RATE_LIMITED: () => m.error_rate_limited({ minutes: 1 })
};

/** The sentence for a socket ack's error code, in the current language. */
export function ackErrorMessage(code: ErrorCode): string {
	return (ACK_MESSAGES[code] ?? m.error_unknown)();
}
