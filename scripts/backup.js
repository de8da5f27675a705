// npm run backup [-- target-file]: a consistent copy of the database while the app runs, made with
// SQLite's online backup API (better-sqlite3's db.backup), which copies page by page and sees
// one consistent snapshot even while the app keeps writing.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const source = resolve(process.env.DATABASE_PATH || 'db/goed-digitaal-bestuur.sqlite');
if (!existsSync(source)) {
	console.error(`[backup] no database at ${source}`);
	process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const target = resolve(process.argv[2] || `backups/goed-digitaal-bestuur-${stamp}.sqlite`);
mkdirSync(dirname(target), { recursive: true });

const db = new Database(source, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const started = Date.now();
await db.backup(target);
db.close();

const copy = new Database(target, { readonly: true });
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
