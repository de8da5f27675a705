import { afterEach, describe, expect, it } from 'vitest';
import { getDb, schemaStatus } from './db';
import { readiness } from './health';
import { markShuttingDown } from './lifecycle.js';
import { errorFields, requestIdFrom, unroutedName } from './log.js';
import { mayScrape } from './metrics/access';

describe('log fields', () => {
	it("takes the proxy's request id when it looks like one, else makes one", () => {
		expect(requestIdFrom('3f2a9c1e-7b4d-4e8a-9f00-112233445566')).toBe(
			'3f2a9c1e-7b4d-4e8a-9f00-112233445566'
		);
		const forged = requestIdFrom('x"}\n{"level":"fatal","msg":"forged');
		expect(forged).toMatch(/^[0-9a-f-]{36}$/);
		expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
	});

	it('never names a path that SvelteKit did not route (it may carry a token)', () => {
		expect(unroutedName('/socket.io/?EIO=4&transport=polling&sid=abc')).toBe('/socket.io/');
		expect(unroutedName('/_app/immutable/chunks/a.js')).toBe('/_app/*');
		expect(unroutedName('/_app/../s/k3j4h5g6')).toBe('/_app/*');
		expect(unroutedName('/s/k3j4h5g6f7d8s9a0')).toBe('(static or unknown)');
	});

	it("says an error's class and code, never its message", () => {
		const smtp = Object.assign(new Error('550 <anne@gemeente.nl>: unknown'), { code: 'EENVELOPE' });
		expect(errorFields(smtp)).toEqual({ type: 'Error', code: 'EENVELOPE' });
		const withFrames = errorFields(new TypeError('Zoë typed this'), { frames: true });
		expect(withFrames.type).toBe('TypeError');
		expect(withFrames.frames).toContain('operations.spec.ts');
		expect(JSON.stringify(withFrames)).not.toContain('Zoë');
	});
});

describe('/metrics access', () => {
	const saved = process.env.METRICS_TOKEN;
	afterEach(() => {
		if (saved === undefined) delete process.env.METRICS_TOKEN;
		else process.env.METRICS_TOKEN = saved;
	});

	it('takes only the configured token as a bearer, and nothing while none is set', () => {
		delete process.env.METRICS_TOKEN;
		expect(mayScrape('Bearer ')).toBe(false);
		process.env.METRICS_TOKEN = 'een-geheim';
		expect(mayScrape('Bearer een-geheim')).toBe(true);
		expect(mayScrape('Bearer een-gehein')).toBe(false);
		expect(mayScrape('Bearer een-geheim-langer')).toBe(false);
		expect(mayScrape('een-geheim')).toBe(false);
		expect(mayScrape(null)).toBe(false);
	});
});

describe('readiness', () => {
	it('writes to the database, knows the schema, and is not ready without sockets', () => {
		const answer = readiness(1234);
		expect(answer.checks).toEqual({
			migrations: true,
			database: true,
			sockets: false,
			shuttingDown: false
		});
		expect(answer.ready).toBe(false);
		expect(getDb().prepare('SELECT probed_at FROM health_probe').pluck().get()).toBe(1234);
	});

	it('is not current on a database that a newer release migrated further', () => {
		const db = getDb();
		expect(schemaStatus(db).current).toBe(true);
		db.prepare('INSERT INTO schema_migrations VALUES (999, ?, 0)').run('0999_future.sql');
		expect(schemaStatus(db).current).toBe(false);
		expect(readiness().checks.migrations).toBe(false);
		db.prepare('DELETE FROM schema_migrations WHERE version = 999').run();
	});

	it('says shutting down once SIGTERM came', () => {
		markShuttingDown();
		expect(readiness().checks.shuttingDown).toBe(true);
		delete (globalThis as Record<symbol, unknown>)[
			Symbol.for('goed-digitaal-bestuur.shutting-down')
		];
	});
});
