// Checks an unpacked image (scripts/test-image.sh): what is in it, and that its CMD, run under
// chroot as the image's user with the image's environment, starts, migrates a fresh database on
// /data, passes its own HEALTHCHECK, reports its version, lets a phone join, and stops on SIGTERM.
// Usage: node scripts/image-check.mjs <root file system> <image config as JSON>
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { io } from 'socket.io-client';

const [root, configPath] = process.argv.slice(2);
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}`;
let failures = 0;
const check = (ok, what) => {
	console.log(`[image] ${ok ? 'ok  ' : 'FAIL'} ${what}`);
	if (!ok) failures++;
};

// What is in the image.
const [uid, gid] = String(config.User).split(':').map(Number);
check(uid > 0 && gid > 0, `runs as a non-root user (${config.User})`);
for (const path of ['usr/local/bin/npm', 'usr/local/bin/npx', 'usr/local/lib/node_modules/npm']) {
	check(!existsSync(join(root, path)), `no npm: /${path} absent`);
}
for (const tool of ['gcc', 'g++', 'cc', 'make', 'python3']) {
	check(!existsSync(join(root, 'usr/bin', tool)), `no build tools: /usr/bin/${tool} absent`);
}
const modules = join(root, config.WorkingDir, 'node_modules');
check(
	existsSync(join(modules, 'better-sqlite3/build/Release/better_sqlite3.node')),
	'native SQLite addon built'
);
for (const dev of ['vite', '@playwright/test', 'svelte', 'vitest', 'typescript']) {
	check(!existsSync(join(modules, dev)), `production dependencies only: ${dev} absent`);
}
const data = statSync(join(root, 'data'));
check(data.uid === uid, `/data belongs to the image's user (uid ${data.uid})`);
const nodeVersion = spawnSync('chroot', [root, '/usr/local/bin/node', '--version'])
	.stdout.toString()
	.trim();
check(nodeVersion === 'v20.20.2', `Node.js ${nodeVersion}`);
check(
	Array.isArray(config.Healthcheck?.Test),
	`a HEALTHCHECK: ${config.Healthcheck?.Test?.join(' ')}`
);
check(config.Cmd?.[0] === 'node', `exec-form CMD: ${JSON.stringify(config.Cmd)}`);

// Run it as a container runtime would: the image's env, working directory, user and command.
const env = Object.fromEntries(config.Env.map((pair) => pair.split(/=(.*)/s).slice(0, 2)));
env.PORT = String(PORT);
env.HOST = '127.0.0.1';
const inImage = (command) => [
	`--userspec=${uid}:${gid}`,
	root,
	'/bin/sh',
	'-c',
	`cd ${config.WorkingDir} && exec ${command.join(' ')}`
];
// As Kubernetes runs it (deploy/kubernetes): the image's file system read-only, a volume of its
// own at /data (a fresh folder owned by the image's user) and a tmpfs at /tmp, in a mount
// namespace of the server's own. Every step execs the next, so the server keeps this PID.
const volume = mkdtempSync(join(tmpdir(), 'gdb-volume-'));
chownSync(volume, uid, gid);
const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`;
const readOnly = [
	`mount --bind ${quote(root)} ${quote(root)}`,
	`mount -o remount,bind,ro ${quote(root)}`,
	`mount --bind ${quote(volume)} ${quote(join(root, 'data'))}`,
	`mount -t tmpfs -o size=64m tmpfs ${quote(join(root, 'tmp'))}`,
	`exec chroot ${inImage(config.Cmd).map(quote).join(' ')}`
].join(' && ');
const server = spawn('unshare', ['--mount', 'sh', '-c', readOnly], {
	env,
	stdio: ['ignore', 'pipe', 'pipe']
});
let output = '';
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));
const exited = new Promise((resolve) => server.once('exit', (code) => resolve(code)));

async function statusOf(path) {
	try {
		return (await fetch(`${BASE}${path}`)).status;
	} catch {
		return 0;
	}
}
async function until(test, what, ms = 30_000) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await test()) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	check(false, what);
	return false;
}

try {
	await until(async () => (await statusOf('/readyz')) === 200, '/readyz answers 200');
	check(true, 'the server starts on a read-only root file system and /readyz answers 200');
	const uidLine = readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/^Uid:\s+(\d+)/m);
	check(Number(uidLine?.[1]) === uid, `the process runs as uid ${uidLine?.[1]}`);
	// The server's own view of its mounts: / read-only, /data and /tmp writable.
	const mounts = readFileSync(`/proc/${server.pid}/mountinfo`, 'utf8')
		.split('\n')
		.map((line) => line.split(' '))
		.filter((fields) => fields.length > 5);
	const optionsAt = (point) => mounts.findLast((f) => f[4] === point)?.[5].split(',') ?? [];
	check(optionsAt('/').includes('ro'), `the root file system is read-only (${optionsAt('/')})`);
	check(optionsAt('/data').includes('rw'), '/data is writable');
	check(optionsAt('/tmp').includes('rw'), '/tmp is writable');
	const health = spawnSync('chroot', inImage(config.Healthcheck.Test.slice(1)), { env });
	check(health.status === 0, "the image's own HEALTHCHECK passes");

	check(
		env.DATABASE_PATH.startsWith('/data/'),
		`the database is on the volume: ${env.DATABASE_PATH}`
	);
	const databasePath = join(volume, env.DATABASE_PATH.slice('/data/'.length));
	check(statSync(databasePath).uid === uid, `a fresh database at ${env.DATABASE_PATH}`);
	const db = new Database(databasePath, { readonly: true });
	const migrations = db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get();
	check(migrations > 0, `${migrations} migrations applied`);

	const version = await (await fetch(`${BASE}/api/version`)).json();
	check(
		version.commit === process.env.SOURCE_COMMIT || !process.env.SOURCE_COMMIT,
		`version ${JSON.stringify(version)}`
	);

	// A facilitator signs up and makes a workshop; a phone joins and syncs over a WebSocket.
	const form = (body, cookie = '') => ({
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: BASE,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			cookie
		},
		body: new URLSearchParams(body)
	});
	const signUp = await fetch(
		`${BASE}/signup`,
		form({
			displayName: 'Beheer Test',
			email: 'image@example.org',
			password: 'een lang wachtwoord'
		})
	);
	const session = signUp.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('gdb-session='));
	check(Boolean(session), `a facilitator signs up (${signUp.status})`);
	const created = await fetch(
		`${BASE}/workshops/new`,
		form(
			{
				title: 'Image',
				organisation: 'Test',
				caseDescription: '',
				scheduledOn: '2026-12-01',
				language: 'nl'
			},
			session
		)
	);
	const workshopId = created.headers.get('location')?.split('/').pop();
	check(Boolean(workshopId), `a workshop is made (${created.status})`);
	const code = db.prepare('SELECT join_code FROM workshops WHERE id = ?').pluck().get(workshopId);
	const joined = await fetch(`${BASE}/j/${code}?/join`, form({ displayName: 'Telefoon' }));
	const cookie = joined.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('gdb-p-'));
	check(Boolean(cookie), `a phone joins with the code (${joined.status})`);
	const phone = io(BASE, {
		auth: { workshopId, view: 'participant' },
		transports: ['websocket'],
		extraHeaders: { cookie },
		reconnection: false
	});
	const reply = await new Promise((resolve) => {
		phone.once('connect', async () =>
			resolve(await phone.timeout(5000).emitWithAck('state:sync', {}))
		);
		phone.once('connect_error', (error) => resolve({ ok: false, error: error.message }));
	});
	check(reply.ok === true, `the phone's socket syncs (${reply.ok ? 'ok' : reply.error})`);
	phone.close();
	db.close();

	// SIGTERM: not ready first, then a clean exit well within 30 s.
	const signalled = Date.now();
	server.kill('SIGTERM');
	await until(
		async () => (await statusOf('/readyz')) === 503,
		'/readyz answers 503 after SIGTERM',
		3000
	);
	check(true, '/readyz answers 503 after SIGTERM');
	const code0 = await Promise.race([
		exited,
		new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000))
	]);
	check(code0 === 0, `exits with 0 after SIGTERM in ${Date.now() - signalled} ms`);
	const lines = output.split('\n').filter(Boolean);
	check(
		lines.length > 0 && lines.every((line) => JSON.parse(line).time?.endsWith('Z')),
		`${lines.length} log lines, JSON, times in UTC`
	);
} catch (error) {
	check(false, `unexpected: ${error instanceof Error ? error.stack : error}`);
} finally {
	server.kill('SIGKILL');
}
if (failures > 0) {
	console.log(output.split('\n').slice(-30).join('\n'));
	console.log(`[image] ${failures} check(s) failed`);
	process.exit(1);
}
console.log('[image] every check passed');
