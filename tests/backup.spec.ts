import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

// scripts/backup.js, as `npm run backup` and the Kubernetes CronJob run it.
function backup(env: Record<string, string>, ...args: string[]) {
	return execFileSync('node', ['scripts/backup.js', ...args], {
		env: { ...process.env, ...env },
		encoding: 'utf8'
	});
}

describe('the online backup', () => {
	const folder = mkdtempSync(join(tmpdir(), 'gdb-backup-'));
	const source = join(folder, 'live.sqlite');
	const db = new Database(source);
	db.pragma('journal_mode = WAL');
	db.exec("CREATE TABLE workshops (id TEXT); INSERT INTO workshops VALUES ('a'), ('b')");

	it('copies the open database, checked, into BACKUP_DIR, and keeps BACKUP_KEEP copies', () => {
		const target = join(folder, 'copies');
		// Older copies, by the names the script gives (the time in UTC sorts them).
		mkdirSync(target);
		for (const stamp of ['2001-01-01T02-30-00', '2001-01-02T02-30-00', '2001-01-03T02-30-00']) {
			writeFileSync(join(target, `goed-digitaal-bestuur-${stamp}.sqlite`), 'old');
		}
		writeFileSync(join(target, 'notes.txt'), 'not a copy');
		const out = backup({ DATABASE_PATH: source, BACKUP_DIR: target, BACKUP_KEEP: '2' });
		expect(out).toContain('2 workshops');
		expect(out).toContain('integrity ok');
		const [kept, made, notes, ...rest] = readdirSync(target).sort();
		expect(kept).toBe('goed-digitaal-bestuur-2001-01-03T02-30-00.sqlite');
		expect(made).toMatch(/^goed-digitaal-bestuur-20\d\d-\d\d-\d\dT\d\d-\d\d-\d\d\.sqlite$/);
		expect(notes).toBe('notes.txt');
		expect(rest).toEqual([]);
		const copy = new Database(join(target, made!), { readonly: true });
		expect(copy.prepare('SELECT COUNT(*) FROM workshops').pluck().get()).toBe(2);
		// One self-contained file: not in WAL mode, so no -wal file is ever needed beside it.
		expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
		copy.close();
	});

	it('writes to the file it is given, and then removes nothing', () => {
		const file = join(folder, 'by-hand.sqlite');
		expect(backup({ DATABASE_PATH: source, BACKUP_KEEP: '1' }, file)).toContain(file);
		expect(readdirSync(folder)).toContain('by-hand.sqlite');
	});
});
