import type Database from 'better-sqlite3';

/** A numbered, forward-only SQL migration from db/migrations, such as `0001_init.sql`. */
export interface Migration {
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
	const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
	db.pragma('foreign_keys = OFF');
	try {
		for (const migration of migrations) {
			if (applied.has(migration.version)) continue;
			db.transaction(() => {
				db.exec(migration.sql);
				const dangling = db.pragma('foreign_key_check') as { table: string }[];
				if (dangling.length > 0) {
					throw new Error(
						`Migration ${migration.name} leaves ${dangling.length} dangling reference(s), first in ${dangling[0]!.table}`
					);
				}
				record.run(migration.version, migration.name, Date.now());
			})();
			log(`[db] applied migration ${migration.name}`);
			done.push(migration.name);
		}
	} finally {
		if (foreignKeys) db.pragma('foreign_keys = ON');
	}
	return done;
}
