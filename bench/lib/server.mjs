// Starts the real production server (node server.js, after `npm run build`) on a fresh database,
// and seeds what a benchmark needs straight into SQLite: setup is not what is measured.
import Database from 'better-sqlite3';
import { spawn, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const hash = (token) => createHash('sha256').update(token).digest('hex');
const token = () => randomBytes(20).toString('hex');
const id = () => randomBytes(12).toString('hex');

/**
 * `nodeArgs`: extra flags for node, such as `--cpu-prof` to profile the server under load (also
 * from BENCH_NODE_ARGS, for any benchmark).
 */
export async function startServer({
	port,
	env = {},
	nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ') ?? []
}) {
	mkdirSync('data', { recursive: true });
	const database = `data/bench-${port}.sqlite`;
	for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });
	const child = spawn('node', [...nodeArgs, 'server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://localhost:${port}`,
			DATABASE_PATH: database,
			CONTRIBUTION_LIMIT_PER_MINUTE: '100000',
			// Load generators are scripts: the budgets are for people (bench/noisy.mjs keeps them).
			SOCKET_BUDGET_SCALE: '100',
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://localhost:${port}`;
	for (let i = 0; i < 200; i++) {
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	const db = new Database(database);
	db.pragma('busy_timeout = 10000');
	return {
		url,
		db,
		pid: child.pid,
		/** CPU time the server process has used so far (user + system), in ms (Linux). */
		cpuMs: () => {
			const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
			// utime and stime, fields 14 and 15 of the whole line, in clock ticks of 10 ms.
			return (Number(fields[11]) + Number(fields[12])) * 10;
		},
		/** Resident memory of the server process, in MiB. */
		rssMiB: () =>
			Number(
				execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)])
					.toString()
					.trim()
			) / 1024,
		async stop() {
			db.close();
			child.kill('SIGTERM');
			await new Promise((resolve) => child.once('exit', resolve));
		}
	};
}

/** A facilitator with a session (returns its Cookie header) and a workshop made through the app. */
export async function seedWorkshop(server, title = 'Benchmark') {
	const facilitatorId = id();
	const sessionToken = token();
	const now = Date.now();
	server.db
		.prepare(
			'INSERT INTO facilitators (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
		)
		.run(facilitatorId, `${facilitatorId}@bench.local`, 'Bench', 'x', now);
	server.db
		.prepare(
			'INSERT INTO facilitator_sessions (id, facilitator_id, expires_at, created_at) VALUES (?, ?, ?, ?)'
		)
		.run(hash(sessionToken), facilitatorId, now + 86_400_000, now);
	const cookie = `gdb-session=${sessionToken}`;
	const response = await fetch(`${server.url}/workshops/new`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			cookie,
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({
			title,
			organisation: 'Bench',
			caseDescription: '',
			scheduledOn: '2026-12-01',
			language: 'nl'
		})
	});
	const workshopId = response.headers.get('location')?.split('/').pop();
	if (!workshopId) throw new Error(`could not create a workshop (${response.status})`);
	return { workshopId, cookie };
}

/** N participants with their Cookie headers; `prefix` keeps names apart between batches. */
export function seedParticipants(server, workshopId, count, prefix = 'Deelnemer') {
	const insert = server.db.prepare(
		'INSERT INTO participants (id, workshop_id, display_name, token_hash, joined_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const participants = [];
	server.db.transaction(() => {
		for (let i = 0; i < count; i++) {
			const participantId = id();
			const secret = token();
			insert.run(
				participantId,
				workshopId,
				`${prefix} ${i + 1}`,
				hash(secret),
				Date.now(),
				Date.now()
			);
			participants.push({ id: participantId, cookie: `gdb-p-${workshopId}=${secret}` });
		}
	})();
	return participants;
}
