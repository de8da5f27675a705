import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
	applyKindMigrations,
	applyMigrations,
	parseKindMigrations,
	parseMigrations
} from './migrate';

describe('migrations', () => {
	const files = {
		'/db/migrations/0002_more.sql': 'ALTER TABLE t ADD COLUMN b TEXT;',
		'/db/migrations/0001_init.sql': 'CREATE TABLE t (a INTEGER);'
	};

	it('are applied in order, once, and logged', () => {
		const db = new Database(':memory:');
		const lines: string[] = [];
		const migrations = parseMigrations(files);
		expect(applyMigrations(db, migrations, (l) => lines.push(l))).toEqual([
			'0001_init.sql',
			'0002_more.sql'
		]);
		expect(lines).toEqual([
			'[db] applied migration 0001_init.sql',
			'[db] applied migration 0002_more.sql'
		]);
		expect(applyMigrations(db, migrations, () => {})).toEqual([]);
		db.prepare('INSERT INTO t (a, b) VALUES (1, ?)').run('x');
	});

	it('refuse gaps and badly named files', () => {
		expect(() => parseMigrations({ '/db/migrations/0002_x.sql': '' })).toThrow(/without gaps/);
		expect(() => parseMigrations({ '/db/migrations/init.sql': '' })).toThrow(/0001_name/);
	});

	it('roll a failing migration back whole', () => {
		const db = new Database(':memory:');
		const broken = parseMigrations({
			'/db/migrations/0001_init.sql': 'CREATE TABLE u (a INTEGER); THIS IS NOT SQL;'
		});
		expect(() => applyMigrations(db, broken, () => {})).toThrow();
		const tables = db.prepare("SELECT name FROM sqlite_master WHERE name = 'u'").all();
		expect(tables).toEqual([]);
	});

	it('may rebuild a table that others refer to, but not leave a dangling reference', () => {
		const db = new Database(':memory:');
		db.pragma('foreign_keys = ON');
		const base = {
			'/db/migrations/0001_init.sql': `CREATE TABLE p (id INTEGER PRIMARY KEY, n INTEGER CHECK (n < 7));
				CREATE TABLE c (p_id INTEGER REFERENCES p (id) ON DELETE CASCADE);
				INSERT INTO p VALUES (1, 6); INSERT INTO c VALUES (1);`
		};
		applyMigrations(db, parseMigrations(base), () => {});
		const rebuild = parseMigrations({
			...base,
			'/db/migrations/0002_rebuild.sql': `CREATE TABLE p_new (id INTEGER PRIMARY KEY, n INTEGER);
				INSERT INTO p_new SELECT id, n FROM p; DROP TABLE p; ALTER TABLE p_new RENAME TO p;`
		});
		expect(applyMigrations(db, rebuild, () => {})).toEqual(['0002_rebuild.sql']);
		db.prepare('UPDATE p SET n = 9').run();
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		// The child still refers to the rebuilt table: deleting the parent cascades.
		db.prepare('DELETE FROM p').run();
		expect(db.prepare('SELECT COUNT(*) FROM c').pluck().get()).toBe(0);

		db.prepare('INSERT INTO p VALUES (2, 1)').run();
		db.prepare('INSERT INTO c VALUES (2)').run();
		const dangling = parseMigrations({
			...base,
			'/db/migrations/0002_rebuild.sql': 'SELECT 1;',
			'/db/migrations/0003_dangling.sql': 'DELETE FROM p;'
		});
		expect(() => applyMigrations(db, dangling, () => {})).toThrow(/dangling reference/);
		expect(db.prepare('SELECT COUNT(*) FROM p').pluck().get()).toBe(1);
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
	});
});

describe('a step kind’s own migrations', () => {
	const kindFiles = {
		'/src/lib/steps/poll/migrations/0001_answers.sql':
			'CREATE TABLE poll_answers (t_a INTEGER REFERENCES t (a));',
		'/src/lib/steps/poll/migrations/0002_note.sql':
			'ALTER TABLE poll_answers ADD COLUMN note TEXT;',
		'/src/lib/steps/board/migrations/0001_items.sql': 'CREATE TABLE board_items (x TEXT);'
	};

	it('are numbered per kind and applied after the core’s, once each, named by kind', () => {
		const db = new Database(':memory:');
		applyMigrations(
			db,
			parseMigrations({
				'/db/migrations/0001_init.sql': 'CREATE TABLE t (a INTEGER PRIMARY KEY);'
			}),
			() => {}
		);
		const byKind = parseKindMigrations(kindFiles);
		expect([...byKind.keys()]).toEqual(['board', 'poll']);
		const lines: string[] = [];
		expect(applyKindMigrations(db, byKind, (l) => lines.push(l))).toEqual([
			'board/0001_items.sql',
			'poll/0001_answers.sql',
			'poll/0002_note.sql'
		]);
		expect(lines[0]).toBe('[db] applied migration board/0001_items.sql');
		expect(applyKindMigrations(db, byKind, () => {})).toEqual([]);
		db.prepare('INSERT INTO poll_answers (t_a, note) VALUES (NULL, ?)').run('x');
	});

	it('live in their kind’s folder, without gaps', () => {
		expect(() => parseKindMigrations({ '/db/migrations/0001_x.sql': '' })).toThrow(/folder/);
		expect(() => parseKindMigrations({ '/src/lib/steps/poll/migrations/0002_x.sql': '' })).toThrow(
			/without gaps/
		);
	});
});
