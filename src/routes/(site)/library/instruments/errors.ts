// The sentence for an instrument file that was refused, naming what the importer named. Apart
// from $lib/i18n/errors, so no phone downloads these.
import { m } from '$lib/paraglide/messages';

const MESSAGES: Record<string, (detail: string) => string> = {
	instrument_missing: () => m.error_instrument_missing(),
	instrument_too_large: (detail) => m.error_instrument_too_large({ detail }),
	instrument_not_parsed: (detail) => m.error_instrument_not_parsed({ detail }),
	instrument_invalid: (detail) => m.error_instrument_invalid({ detail }),
	instrument_too_deep: (detail) => m.error_instrument_too_deep({ detail }),
	instrument_unknown_type: (detail) => m.error_instrument_unknown_type({ detail }),
	instrument_unsupported: (detail) => m.error_instrument_unsupported({ detail }),
	instrument_duplicate_id: (detail) => m.error_instrument_duplicate_id({ detail }),
	instrument_condition_unknown: (detail) => m.error_instrument_condition_unknown({ detail }),
	instrument_condition_loop: (detail) => m.error_instrument_condition_loop({ detail }),
	instrument_hostile_html: (detail) => m.error_instrument_hostile_html({ detail })
};

export const instrumentError = (code: string, detail: string) =>
	(MESSAGES[code] ?? (() => m.error_unknown()))(detail);
