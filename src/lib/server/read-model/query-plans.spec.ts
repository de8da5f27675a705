import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../db';
import { checkCap } from '../workshops/caps';
import { KIND_SERVERS, SLICES } from '../kinds';
import { Change, CHANGE_KEYS } from '../workshops/change';
import { patchesFor } from './patches';
import { rowsOf } from './rows';
import { myState } from './state';

/** The SQL these calls prepare (the statement cache is empty in a fresh test file). */
function sqlOf(run: () => void): string[] {
	const db = getDb();
	const prepare = db.prepare.bind(db);
	const seen: string[] = [];
	vi.spyOn(db, 'prepare').mockImplementation((sql: string) => {
		seen.push(sql);
		return prepare(sql);
	});
	run();
	vi.restoreAllMocks();
	return seen;
}

/** SQLite's plan for a statement, with nulls for its parameters. */
function planOf(sql: string): string[] {
	const explain = getDb().prepare(`EXPLAIN QUERY PLAN ${sql}`);
	const named = [...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name, null]);
	if (named.length > 0) {
		return (explain.all(Object.fromEntries(named)) as { detail: string }[]).map((r) => r.detail);
	}
	for (let count = 0; count <= 8; count++) {
		try {
			return (explain.all(...Array(count).fill(null)) as { detail: string }[]).map((r) => r.detail);
		} catch (error) {
			if (!(error instanceof RangeError)) throw error;
		}
	}
	throw new Error(`could not bind ${sql}`);
}

afterEach(() => vi.restoreAllMocks());

/**
 * The table scans in these statements' plans: not of json_each (the list of ids), of a constant
 * row (a SELECT of subqueries), or of a recursive query's own few rows (its CO-ROUTINE).
 */
function scansIn(statements: string[]) {
	return statements.flatMap((sql) => {
		const plan = planOf(sql);
		const own = new Set(
			plan.flatMap((step) => /^(?:CO-ROUTINE|MATERIALIZE) (\w+)/.exec(step)?.[1] ?? [])
		);
		return plan
			.filter((step) => /^SCAN (?!json_each|CONSTANT ROW)/.test(step))
			.filter((step) => !own.has(/^SCAN (\w+)/.exec(step)![1]!))
			.map((step) => `${step} in: ${sql.replace(/\s+/g, ' ')}`);
	});
}

describe('what runs after every write', () => {
	it('reads a participant’s own inputs and counts their additions by index, never by scanning a table', () => {
		const author = { participantId: 'p', clientId: 'client-1' };
		const statements = sqlOf(() => {
			myState('p');
			checkCap('cards', 'w', author);
			checkCap('workshop_values', 'w', author);
			checkCap('value_tensions', 'w', author);
		});
		expect(statements.length).toBeGreaterThanOrEqual(10);
		expect(scansIn(statements)).toEqual([]);
	});

	it('reads the rows of a patch, a workshop and the progress line by index, whatever else the node holds', () => {
		const statements = sqlOf(() => {
			for (const query of Object.values(rowsOf)) {
				query('w', ['x']);
				query('w');
			}
			for (const slice of SLICES) slice.load('w');
			for (const server of Object.values(KIND_SERVERS)) server.progress?.(['p'], 1, 'w');
			// A change of every key, the core's and every kind's, with a reveal.
			const change = new Change();
			for (const key of CHANGE_KEYS) change.touch(key, 'x');
			change.revealed.add('tallies').add('ratings').add('reflections');
			change.progress = true;
			patchesFor('w', change, ['p']);
		});
		expect(statements.length).toBeGreaterThanOrEqual(2 * Object.keys(rowsOf).length);
		expect(scansIn(statements)).toEqual([]);
	});
});
