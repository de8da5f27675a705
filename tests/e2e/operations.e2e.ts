import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createWorkshop, open, phoneContext, signUp } from '../fixtures';
import { METRICS_TOKEN } from './operations-env';

// What a hosting party relies on: probes, the version, metrics that move, and a shutdown that
// first says "not ready".

/** The value of one sample in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels = ''): number {
	const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
	return line ? Number(line.split(' ')[1]) : 0;
}

test('/metrics takes the token only, and its numbers move when a phone writes', async ({
	browser,
	request
}) => {
	expect((await request.get('/metrics')).status()).toBe(401);
	const wrong = await request.get('/metrics', { headers: { authorization: 'Bearer wrong' } });
	expect(wrong.status()).toBe(401);
	const scrape = async () => {
		const response = await request.get('/metrics', {
			headers: { authorization: `Bearer ${METRICS_TOKEN}` }
		});
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/plain');
		return response.text();
	};
	const cardsAdded = '{event="card:add",outcome="ok"}';
	const before = await scrape();

	const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard, 'Gemeten workshop');
	const phone = await (await phoneContext(browser)).newPage();
	await open(phone, `/j/${workshop.code}`);
	await phone.getByLabel('Uw naam').fill('Meetbare deelnemer');
	await phone.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
	await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
	await phone.getByRole('radio', { name: 'Risico', exact: true }).check();
	await phone.getByLabel('Uw kaart').fill('Beelden worden te lang bewaard');
	await phone.getByRole('button', { name: 'Kaart toevoegen' }).tap();
	await expect(phone.getByLabel('Uw kaart')).toHaveValue('');

	const after = await scrape();
	expect(sample(after, 'gdb_socket_events_total', cardsAdded)).toBeGreaterThan(
		sample(before, 'gdb_socket_events_total', cardsAdded)
	);
	expect(sample(after, 'gdb_commands_total', '{actor="participant"}')).toBeGreaterThan(
		sample(before, 'gdb_commands_total', '{actor="participant"}')
	);
	expect(sample(after, 'gdb_ack_seconds_count')).toBeGreaterThan(
		sample(before, 'gdb_ack_seconds_count')
	);
	expect(sample(after, 'gdb_publish_seconds_count')).toBeGreaterThan(
		sample(before, 'gdb_publish_seconds_count')
	);
	// The phone, the dashboard and its workshop are open now.
	expect(sample(after, 'gdb_sockets', '{view="participant"}')).toBeGreaterThanOrEqual(1);
	expect(sample(after, 'gdb_sockets', '{view="dashboard"}')).toBeGreaterThanOrEqual(1);
	expect(sample(after, 'gdb_live_workshops')).toBeGreaterThanOrEqual(1);
	expect(sample(after, 'gdb_participants_connected')).toBeGreaterThanOrEqual(1);
	expect(sample(after, 'gdb_database_bytes')).toBeGreaterThan(100_000);
	expect(after).toContain('nodejs_eventloop_lag_p99_seconds');
	expect(after).toMatch(/^gdb_reminders_due \d+$/m);
	await laptop.close();
});

const PORT = 4192;
const BASE = `http://127.0.0.1:${PORT}`;

async function status(path: string): Promise<number | 'closed'> {
	try {
		return (await fetch(`${BASE}${path}`)).status;
	} catch {
		return 'closed';
	}
}

test('SIGTERM: /readyz turns 503 while the server still answers, then it exits cleanly', async () => {
	const database = `data/lifecycle-${process.pid}.sqlite`;
	rmSync(database, { force: true });
	const server = spawn('node', ['server.js'], {
		env: {
			...process.env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			DATABASE_PATH: database,
			SHUTDOWN_DELAY_MS: '2000',
			LOG_FILE: ''
		},
		stdio: 'ignore'
	});
	const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
	try {
		await expect.poll(() => status('/readyz'), { timeout: 30_000 }).toBe(200);
		expect(await status('/healthz')).toBe(200);
		const ready = await (await fetch(`${BASE}/readyz`)).json();
		expect(ready.checks).toEqual({
			migrations: true,
			database: true,
			sockets: true,
			shuttingDown: false
		});
		const version = await (await fetch(`${BASE}/api/version`)).json();
		const commit = execFileSync('git', ['rev-parse', 'HEAD']).toString().trim();
		expect(version).toMatchObject({ version: '0.1.0', commit });
		expect(version.builtAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		expect(version.schema).toMatch(/^\d+(, \w+ \d+)*$/);

		const signalled = Date.now();
		server.kill('SIGTERM');
		await expect.poll(() => status('/readyz'), { timeout: 1_000, intervals: [50] }).toBe(503);
		// Not ready, but still serving: phones in the room are not cut off yet.
		expect(await status('/healthz')).toBe(200);
		expect(await exited).toBe(0);
		expect(Date.now() - signalled).toBeGreaterThanOrEqual(2_000);
		expect(Date.now() - signalled).toBeLessThan(30_000);
		expect(await status('/healthz')).toBe('closed');
	} finally {
		server.kill('SIGKILL');
		rmSync(database, { force: true });
		rmSync(`${database}-wal`, { force: true });
		rmSync(`${database}-shm`, { force: true });
	}
});
