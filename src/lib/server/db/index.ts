import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
	applyKindMigrations,
	applyMigrations,
	parseKindMigrations,
	parseMigrations
} from './migrate';
import { logger } from '../log.js';

/** Where the database lives unless DATABASE_PATH says otherwise (relative to the working folder). */
const DEFAULT_DATABASE_PATH = 'db/goed-digitaal-bestuur.sqlite';

const migrations = parseMigrations(
	import.meta.glob<string>('/db/migrations/*.sql', {
		query: '?raw',
		import: 'default',
		eager: true
	})
);

/** Each step kind's own tables, from its folder (applied after the core's). */
const kindMigrations = parseKindMigrations(
	import.meta.glob<string>('/src/lib/steps/*/migrations/*.sql', {
		query: '?raw',
		import: 'default',
		eager: true
	})
);

/**
 * NORMAL (the default): every acknowledged write survives a crash of the app (it is in the WAL
 * file before the answer goes out), but the writes since the last checkpoint may be lost to a
 * power failure or a crash of the operating system; the database itself stays consistent.
 * FULL (DB_SYNCHRONOUS=FULL) flushes the WAL to disk at each commit, so an acknowledged write also
 * survives power loss, at a cost the vote-storm benchmark measures (README, "Budgets").
 */
const SYNCHRONOUS = process.env.DB_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL';

function open(path: string): Database.Database {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	db.pragma(`synchronous = ${SYNCHRONOUS}`);
	const where = path === ':memory:' ? 'in memory' : path;
	const note = (line: string) => logger().info(line);
	const applied = [
		...applyMigrations(db, migrations, note),
		...applyKindMigrations(db, kindMigrations, note)
	];
	logger().info(
		{ database: where, applied: applied.length, schema: schemaLevel() },
		'database open'
	);
	return db;
}

/** The schema's level: the core's migrations, and each step kind's that has tables of its own. */
function schemaLevel(): string {
	const kinds = [...kindMigrations].map(([kind, list]) => `${kind} ${list.length}`);
	return [String(migrations.length), ...kinds].join(', ');
}

/**
 * Whether the database's schema is the one this code knows: every migration applied, and none it
 * does not know (a database that a newer version already migrated: roll back by restoring the
 * backup taken before the upgrade, docs/operations.md).
 */
export function schemaStatus(db: Database.Database): { level: string; current: boolean } {
	const core = db.prepare('SELECT COUNT(*), MAX(version) FROM schema_migrations').raw().get() as [
		number,
		number | null
	];
	let current = core[0] === migrations.length && (core[1] ?? 0) === migrations.length;
	const perKind = db
		.prepare('SELECT kind, COUNT(*) FROM kind_migrations GROUP BY kind')
		.raw()
		.all() as [string, number][];
	const appliedOf = new Map(perKind);
	for (const [kind, list] of kindMigrations) {
		if (appliedOf.get(kind) !== list.length) current = false;
	}
	for (const kind of appliedOf.keys()) if (!kindMigrations.has(kind)) current = false;
	return { level: schemaLevel(), current };
}

// One connection per process, kept on globalThis so that the dev server's module reloads and the
// two module graphs of `vite dev` (SSR and the socket handlers) share it.
const DB_KEY = Symbol.for('goed-digitaal-bestuur.db');
type WithDb = typeof globalThis & { [DB_KEY]?: Database.Database };

export function getDb(): Database.Database {
	const g = globalThis as WithDb;
	g[DB_KEY] ??= open(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
	return g[DB_KEY];
}

/** Closes the connection (tests, shutdown); the next getDb() opens a fresh one. */
export function closeDb(): void {
	const g = globalThis as WithDb;
	g[DB_KEY]?.close();
	g[DB_KEY] = undefined;
}
