// An instrument read from outside the importer (an archive, a row written by an older version)
// passes the allow-list again: its explanations are sanitized once more (idempotent for what the
// importer stored), and one that holds hostile markup is not taken at all.
import type { Instrument } from '$lib/instruments/instrument';
import { isHostile, safeHtml } from './sanitize';

export function cleanInstrument(instrument: Instrument): Instrument | null {
	const texts = [
		instrument.html,
		...instrument.parts.map((p) => p.html),
		...instrument.items.flatMap((i) => [i.html, ...i.context.map((c) => c.html)])
	];
	if (texts.some(isHostile)) return null;
	return {
		...instrument,
		html: safeHtml(instrument.html),
		parts: instrument.parts.map((p) => ({ ...p, html: safeHtml(p.html) })),
		items: instrument.items.map((i) => ({
			...i,
			html: safeHtml(i.html),
			context: i.context.map((c) => ({ ...c, html: safeHtml(c.html) }))
		}))
	};
}
