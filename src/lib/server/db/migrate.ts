import type Database from 'better-sqlite3';

/** A numbered, forward-only SQL migration from db/migrations, such as `0001_init.sql`. */
interface Migration {
	version: number;
	name: string;
	sql: string;
}

const MIGRATION_FILE = /(?:^|\/)(\d{4})_([\w-]+)\.sql$/;

/** Turns `{ path: sql }` (as import.meta.glob gives them) into migrations sorted by number. */
export function parseMigrations(files: Record<string, string>): Migration[] {
	const migrations = Object.entries(files).map(([path, sql]) => {
		const match = MIGRATION_FILE.exec(path);
		if (!match) throw new Error(`Migration file name must look like 0001_name.sql: ${path}`);
		return { version: Number(match[1]), name: `${match[1]}_${match[2]}.sql`, sql };
	});
	migrations.sort((a, b) => a.version - b.version);
	migrations.forEach((migration, index) => {
		if (migration.version !== index + 1) {
			throw new Error(
				`Migrations must be numbered 1, 2, 3 … without gaps; found ${migration.name}`
			);
		}
	});
	return migrations;
}

/**
 * A step kind's own tables live in its folder (`src/lib/steps/<kind>/migrations/0001_name.sql`),
 * numbered 1, 2, 3 … within the kind. Returns them by kind, sorted.
 */
export function parseKindMigrations(files: Record<string, string>): Map<string, Migration[]> {
	const byKind = new Map<string, Record<string, string>>();
	for (const [path, sql] of Object.entries(files)) {
		const kind = /steps\/([^/]+)\/migrations\//.exec(path)?.[1];
		if (!kind) throw new Error(`A step kind's migration lives in its folder: ${path}`);
		byKind.set(kind, { ...byKind.get(kind), [path]: sql });
	}
	return new Map(
		[...byKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, f]) => [k, parseMigrations(f)])
	);
}

/**
 * Applies each step kind's migrations not yet applied (after the core's, whose tables they may
 * refer to), recorded per kind; returns the new ones as `kind/0001_name.sql`.
 */
export function applyKindMigrations(
	db: Database.Database,
	byKind: Map<string, Migration[]>,
	log: (line: string) => void = console.log
): string[] {
	db.exec(`CREATE TABLE IF NOT EXISTS kind_migrations (
		kind TEXT NOT NULL,
		version INTEGER NOT NULL,
		name TEXT NOT NULL,
		applied_at INTEGER NOT NULL,
		PRIMARY KEY (kind, version)
	)`);
	const done: string[] = [];
	for (const [kind, migrations] of byKind) {
		const applied = new Set(
			db.prepare('SELECT version FROM kind_migrations WHERE kind = ?').pluck().all(kind) as number[]
		);
		const record = db.prepare(
			'INSERT INTO kind_migrations (kind, version, name, applied_at) VALUES (?, ?, ?, ?)'
		);
		for (const migration of migrations) {
			if (applied.has(migration.version)) continue;
			runChecked(db, migration, () =>
				record.run(kind, migration.version, migration.name, Date.now())
			);
			const name = `${kind}/${migration.name}`;
			log(`[db] applied migration ${name}`);
			done.push(name);
		}
	}
	return done;
}

/**
 * Runs one migration in its own transaction with foreign keys off (so it may rebuild a table, the
 * SQLite way), and checks every foreign key before it commits: a migration that leaves a dangling
 * reference is rolled back whole.
 */
function runChecked(db: Database.Database, migration: Migration, record: () => void): void {
	const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
	db.pragma('foreign_keys = OFF');
	try {
		db.transaction(() => {
			db.exec(migration.sql);
			const dangling = db.pragma('foreign_key_check') as { table: string }[];
			if (dangling.length > 0) {
				throw new Error(
					`Migration ${migration.name} leaves ${dangling.length} dangling reference(s), first in ${dangling[0]!.table}`
				);
			}
			record();
		})();
	} finally {
		if (foreignKeys) db.pragma('foreign_keys = ON');
	}
}

/**
 * Applies every migration not yet applied, each in its own transaction; returns the new ones.
 * Foreign keys are off while a migration runs, so a migration may rebuild a table (SQLite's
 * documented way to drop a constraint); before it commits, every foreign key is checked and a
 * migration that leaves a dangling reference is rolled back whole.
 */
export function applyMigrations(
	db: Database.Database,
	migrations: Migration[],
	log: (line: string) => void = console.log
): string[] {
	db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at INTEGER NOT NULL
	)`);
	const applied = new Set(
		db
			.prepare('SELECT version FROM schema_migrations')
			.pluck()
			.all()
			.map((v) => Number(v))
	);
	const record = db.prepare(
		'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)'
	);
	const done: string[] = [];
	for (const migration of migrations) {
		if (applied.has(migration.version)) continue;
		runChecked(db, migration, () => record.run(migration.version, migration.name, Date.now()));
		log(`[db] applied migration ${migration.name}`);
		done.push(migration.name);
	}
	return done;
}
