import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../db';
import { checkCap } from '../workshops/caps';
import { participantRows } from './rows';

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
		const scans = statements.flatMap((sql) =>
			planOf(sql)
				.filter((step) => step.startsWith('SCAN ') && !step.startsWith('SCAN json_each'))
				.map((step) => `${step} in: ${sql.replace(/\s+/g, ' ')}`)
		);
		expect(scans).toEqual([]);
	});
});
