import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations, parseMigrations } from './migrate';

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
});
