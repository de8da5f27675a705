// What /healthz, /readyz and /api/version answer (Kubernetes probes, a proxy's health check,
// the image's HEALTHCHECK).
import { getDb, schemaStatus } from './db';
import { isShuttingDown } from './lifecycle.js';
import { getIo } from './realtime';

export interface Readiness {
	ready: boolean;
	checks: {
		/** Every migration this code knows is applied, and none it does not know. */
		migrations: boolean;
		/** A write to the database went through (a full disk or a read-only volume fails it). */
		database: boolean;
		/** The Socket.IO server is attached and its HTTP server listens. */
		sockets: boolean;
		/** SIGTERM came: the server closes soon, send new phones elsewhere. */
		shuttingDown: boolean;
	};
}

function check(test: () => boolean): boolean {
	try {
		return test();
	} catch {
		return false;
	}
}

/** Whether this process should get new requests now. */
export function readiness(now = Date.now()): Readiness {
	const checks = {
		migrations: check(() => schemaStatus(getDb()).current),
		database: check(() => {
			getDb()
				.prepare(
					`INSERT INTO health_probe (id, probed_at) VALUES (1, ?)
					 ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at`
				)
				.run(now);
			return true;
		}),
		sockets: check(() => getIo()?.httpServer?.listening === true),
		shuttingDown: isShuttingDown()
	};
	return {
		ready: checks.migrations && checks.database && checks.sockets && !checks.shuttingDown,
		checks
	};
}

/** What is running: the release, its commit and build time (vite.config.ts), the schema. */
export function version() {
	return { ...__BUILD_INFO__, schema: schemaStatus(getDb()).level };
}
