// A workshop's instrument, as the read model gives it to the `questions` and `decision` kinds, the
// exports and the dashboard: the definition (checked by zod), its items by id, and the part each
// step walks. A workshop's copy never changes once made, so it is parsed once per workshop and
// kept (a bounded map: a node runs a few dozen rooms at once).
import { instrumentSchema, type Instrument, type Item } from '$lib/instruments/instrument';
import { statement } from '../db/statements';

export interface WorkshopInstrument {
	instrument: Instrument;
	byId: ReadonlyMap<string, Item>;
	/** The part each `questions` step walks, by step number. */
	partOf: ReadonlyMap<number, string>;
	/** The items of a step's part, in the file's order. */
	itemsOf(step: number): Item[];
}

const KEEP = 64;
const cache = new Map<string, WorkshopInstrument | null>();

function read(workshopId: string): WorkshopInstrument | null {
	const row = statement(
		'SELECT definition, parts FROM workshop_instruments WHERE workshop_id = ?'
	).get(workshopId) as { definition: string; parts: string } | undefined;
	if (!row) return null;
	const instrument = instrumentSchema.parse(JSON.parse(row.definition));
	const parts = JSON.parse(row.parts) as { step: number; part: string }[];
	const partOf = new Map(parts.map((p) => [p.step, p.part]));
	const byPart = new Map<string, Item[]>();
	for (const item of instrument.items) {
		byPart.set(item.part, [...(byPart.get(item.part) ?? []), item]);
	}
	return {
		instrument,
		byId: new Map(instrument.items.map((i) => [i.id, i])),
		partOf,
		itemsOf: (step) => byPart.get(partOf.get(step) ?? '') ?? []
	};
}

/** The workshop's instrument, or null for a workshop made from a method of its own. */
export function instrumentOf(workshopId: string): WorkshopInstrument | null {
	if (cache.has(workshopId)) return cache.get(workshopId)!;
	const found = read(workshopId);
	// Only an instrument is kept: a workshop without one may get one when it is restored.
	if (found) {
		if (cache.size >= KEEP) cache.delete(cache.keys().next().value!);
		cache.set(workshopId, found);
	}
	return found;
}
