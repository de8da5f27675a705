// How the read model reads a table of a workshop: one query, compiled once, for all its rows or for
// the rows of a list of ids (passed as one JSON array, so the query is the same whatever the
// number of ids). The core tables (./rows.ts) and each step kind's own tables use it.
import { statement } from '../db/statements';

export type Id = string | number;

/** Reads a table's rows of a workshop: all of them, or only those whose `column` is in `ids`. */
type TableQuery<Row> = (workshopId: string, ids?: readonly Id[]) => Row[];

/** A table's query: `select` ends in a WHERE on the workshop; `column` is the id to filter on. */
export function table<Row>(select: string, column: string, order: string): TableQuery<Row> {
	return (workshopId, ids) => {
		if (!ids) return statement(`${select} ${order}`).all(workshopId) as Row[];
		if (ids.length === 0) return [];
		return statement(`${select} AND ${column} IN (SELECT value FROM json_each(?)) ${order}`).all(
			workshopId,
			JSON.stringify(ids)
		) as Row[];
	};
}

/** SQLite's booleans, as the rows have them; projections turn them into true and false. */
export type Flag = 0 | 1;
