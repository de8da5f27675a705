import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../db';
import { checkCap } from '../workshops/caps';
import { participantRows, progressOf, rowsOf } from './rows';

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

/** The table scans in these statements' plans (json_each is the list of ids; a constant row, a SELECT of subqueries). */
const scansIn = (statements: string[]) =>
	statements.flatMap((sql) =>
		planOf(sql)
			.filter((step) => /^SCAN (?!json_each|CONSTANT ROW)/.test(step))
			.map((step) => `${step} in: ${sql.replace(/\s+/g, ' ')}`)
	);

describe('what runs after every write', () => {
	it('reads a participant’s own inputs and counts their additions by index, never by scanning a table', () => {
		const author = { participantId: 'p', clientId: 'client-1' };
		const statements = sqlOf(() => {
			participantRows('p');
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
			progressOf(['p']);
		});
		expect(statements.length).toBeGreaterThanOrEqual(2 * Object.keys(rowsOf).length);
		expect(scansIn(statements)).toEqual([]);
	});
});
