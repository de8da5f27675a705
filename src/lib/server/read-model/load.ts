// A whole workshop from SQLite, as one consistent snapshot: its row, the core tables and each step
// kind's own rows (read by its slice), in one read transaction.
import { getDb } from '../db';
import { SLICES } from '../kinds';
import { rowsOf, workshopRow, type TableName } from './rows';
import type { CoreRows, Slice } from './slice';

export type WorkshopRows = CoreRows & {
	/** Each slice's own rows, by slice. */
	kinds: ReadonlyMap<Slice, unknown>;
};

/** Every row of a workshop; null when there is no such workshop. */
export function loadWorkshopRows(workshopId: string): WorkshopRows | null {
	return getDb().transaction(() => {
		const workshop = workshopRow(workshopId);
		if (!workshop) return null;
		const core = { workshop } as CoreRows;
		for (const name of Object.keys(rowsOf) as TableName[]) {
			(core as Record<TableName, unknown>)[name] = rowsOf[name](workshopId);
		}
		const kinds = new Map(SLICES.map((slice) => [slice as Slice, slice.load(workshopId)]));
		return { ...core, kinds };
	})();
}
