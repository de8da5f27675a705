// A slice's part of the canonical record (the JSON archive every export is made from): the fields
// it adds, written from its rows with references instead of database ids, and read back into a new
// workshop on import. The core's part is ./record.ts; each step kind's is in its folder.
import type { z } from 'zod';

/** References to the core's items, as the record names them (p1, v1, c1). */
export interface RecordRefs {
	participant(id: string): string;
	value(id: string): string;
	card(id: string): string;
	/** Who added an item: a participant's reference, or null for the facilitator. */
	addedBy(id: string | null): string | null;
}

/** What restoring a part on import is given: the new workshop and the references made so far. */
export interface RestoreContext {
	workshopId: string;
	now: number;
	/** The new row id behind a reference of the record (an unknown one refuses the import). */
	resolve(ref: string): string;
	resolveOrNull(ref: string | null): string | null;
	/** A new row id for a reference the record defines (a second definition refuses the import). */
	fresh(ref: string): string;
}

export interface RecordPart<Rows = unknown, Fields extends object = object> {
	/** Its fields of the record, as zod checks them on import. */
	shape: { [K in keyof Fields]: z.ZodType<Fields[K]> };
	/**
	 * Its fields, from its slice's rows. A field that only a newer kind has is left out while it is
	 * empty, so adding a kind does not change the fingerprint of a workshop that does not use it.
	 */
	write(rows: Rows, refs: RecordRefs): Fields;
	/** Writes its rows into the imported workshop (inside the import's transaction). */
	restore(fields: Partial<Fields>, ctx: RestoreContext): void;
}

/**
 * Sorts rows that have no order of their own into one stable order (by their JSON). The comparison
 * is part of the record's format: it decides the bytes, and so the fingerprint.
 */
export const stable = <Row>(rows: Row[]) =>
	rows
		.map((row) => [JSON.stringify(row), row] as const)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([, row]) => row);
