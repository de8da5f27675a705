// The sentence for an answers file that was refused (../../../library/instruments/errors.ts has
// the instrument files').
import { m } from '$lib/paraglide/messages';

export function outputError(code: string, detail: string): string {
	if (code === 'output_not_json') return m.error_output_not_json();
	if (code === 'output_other_instrument') return m.error_output_other_instrument({ detail });
	return m.error_output_invalid({ detail });
}
