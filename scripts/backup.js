// npm run backup [-- target-file]: a consistent copy of the database while the app runs, made with
// SQLite's online backup API (better-sqlite3's db.backup), which copies page by page and sees
// one consistent snapshot even while the app keeps writing. Without a target file, the copy goes
// to BACKUP_DIR (default backups/) with the time in its name, and BACKUP_KEEP (if set) keeps only
// that many of the newest copies there (the Kubernetes CronJob, deploy/kubernetes/backup.yaml).
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const source = resolve(process.env.DATABASE_PATH || 'db/goed-digitaal-bestuur.sqlite');
if (!existsSync(source)) {
	console.error(`[backup] no database at ${source}`);
	process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const folder = resolve(process.env.BACKUP_DIR || 'backups');
const target = resolve(process.argv[2] || join(folder, `goed-digitaal-bestuur-${stamp}.sqlite`));
mkdirSync(dirname(target), { recursive: true });

const db = new Database(source, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const started = Date.now();
await db.backup(target);
db.close();

// The copy is one self-contained file: out of WAL mode, so no -wal or -shm file sits beside it.
const copy = new Database(target);
copy.pragma('journal_mode = DELETE');
const check = copy.pragma('integrity_check', { simple: true });
const workshops = copy.prepare('SELECT COUNT(*) FROM workshops').pluck().get();
copy.close();
if (check !== 'ok') {
	console.error(`[backup] integrity check of ${target} failed: ${check}`);
	process.exit(1);
}
console.log(
	`[backup] ${source} -> ${target} (${workshops} workshops, ${Date.now() - started} ms, integrity ok)`
);

const keep = Number(process.env.BACKUP_KEEP);
if (!process.argv[2] && Number.isInteger(keep) && keep > 0) {
	const copies = readdirSync(folder)
		.filter((name) => /^goed-digitaal-bestuur-[\dT-]+\.sqlite$/.test(name))
		.sort();
	for (const old of copies.slice(0, Math.max(0, copies.length - keep))) {
		rmSync(join(folder, old));
		console.log(`[backup] removed the older copy ${old} (BACKUP_KEEP=${keep})`);
	}
}
