import type Database from 'better-sqlite3';
import { getDb } from './index';

// better-sqlite3 compiles SQL on every prepare(); hot paths (every write, every patch) reuse one
// compiled statement per SQL text and connection instead. A statement's pluck mode is part of it,
// so plucking statements are cached apart.
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The connection's compiled statement for this SQL, prepared on first use. */
export function statement(sql: string, options: { pluck?: boolean } = {}): Database.Statement {
	const db = getDb();
	let cache = caches.get(db);
	if (!cache) caches.set(db, (cache = new Map()));
	const key = options.pluck ? `pluck:${sql}` : sql;
	let prepared = cache.get(key);
	if (!prepared) {
		prepared = db.prepare(sql);
		if (options.pluck) prepared.pluck();
		cache.set(key, prepared);
	}
	return prepared;
}
