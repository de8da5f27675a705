// How often each workshop was changed: `execute` counts a workshop's revision up with every
// command, so what is derived from its whole record can be kept until the next change.
import { statement } from '../db/statements';

/** The revisions of these workshops, in their order, as one key ("" for a workshop not found). */
export function revisionsOf(workshopIds: readonly string[]): string {
	const rows = statement(
		'SELECT id, revision FROM workshops WHERE id IN (SELECT value FROM json_each(?))'
	).all(JSON.stringify(workshopIds)) as { id: string; revision: number }[];
	const byId = new Map(rows.map((r) => [r.id, r.revision]));
	return workshopIds.map((id) => byId.get(id) ?? '').join('.');
}

/**
 * A value computed once per key, for the most recent keys: a key names the workshops' revisions
 * it was computed from, so a change makes a new key and the old entry ages out.
 */
export function memo<Value>(size: number) {
	const entries = new Map<string, Value>();
	return (key: string, compute: () => Value): Value => {
		if (entries.has(key)) {
			const value = entries.get(key)!;
			entries.delete(key);
			entries.set(key, value);
			return value;
		}
		const value = compute();
		entries.set(key, value);
		if (entries.size > size) entries.delete(entries.keys().next().value!);
		return value;
	};
}
