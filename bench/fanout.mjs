// Fan-out latency: one workshop with N phones plus the dashboard and the beamer; a phone adds a
// card; how long until every screen has it. The same with a bare Socket.IO broadcast server.
import { fork } from 'node:child_process';
import { ack, closeAll, connectAll } from './lib/clients.mjs';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable, summary } from './lib/stats.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '50,200,1000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends ROUNDS messages from random clients; per round, the time until every client saw it. */
async function measure(sockets, send, seen) {
	const latencies = [];
	let lost = 0;
	for (let round = 0; round < ROUNDS; round++) {
		const text = `Idee ${round} ${Date.now()}`;
		const started = performance.now();
		const arrivals = sockets.map(
			(socket) =>
				new Promise((resolve) => {
					const timer = setTimeout(() => resolve(null), 5000);
					const listener = (payload) => {
						if (!seen(payload, text)) return;
						clearTimeout(timer);
						socket.off(listener.event, listener);
						resolve(performance.now() - started);
					};
					listener.event = send.event;
					socket.on(send.event, listener);
				})
		);
		await send(sockets[Math.floor(Math.random() * (sockets.length - 2))], text, round);
		for (const latency of await Promise.all(arrivals)) {
			if (latency === null) lost++;
			else latencies.push(latency);
		}
		await sleep(100);
	}
	return { ...summary(latencies), lost };
}

async function ours(n) {
	const server = await startServer({ port: 4310 });
	try {
		const { workshopId, cookie } = await seedWorkshop(server);
		const participants = seedParticipants(server, workshopId, n);
		const [dashboard, beamer] = await connectAll(server.url, [
			{ auth: { workshopId, view: 'dashboard' }, cookie },
			{ auth: { workshopId, view: 'beamer' }, cookie }
		]);
		await ack(dashboard, 'step:set', { step: 2 });
		const phones = await connectAll(
			server.url,
			participants.map((p) => ({ auth: { workshopId, view: 'participant' }, cookie: p.cookie }))
		);
		await sleep(500);
		const send = async (socket, text, round) => {
			const reply = await ack(socket, 'card:add', {
				clientId: `bench-${round}-${Date.now()}`,
				kind: 'risk',
				text
			});
			if (!reply.ok) throw new Error(`card:add refused: ${reply.error}`);
		};
		send.event = 'state:patch';
		const result = await measure(
			[...phones, dashboard, beamer],
			send,
			(patch, text) => patch.kind === 'card' && patch.item.text === text
		);
		const rss = server.rssMiB();
		closeAll([...phones, dashboard, beamer]);
		return { ...result, rss };
	} finally {
		await server.stop();
	}
}

async function baseline(n) {
	const child = fork('bench/lib/baseline-server.mjs', { env: { ...process.env, PORT: '4320' } });
	await new Promise((resolve) => child.once('message', resolve));
	try {
		const sockets = await connectAll(
			'http://localhost:4320',
			Array.from({ length: n + 2 }, () => ({ auth: {}, cookie: '' }))
		);
		const send = async (socket, text) => {
			await socket.timeout(10_000).emitWithAck('idea', { text });
		};
		send.event = 'idea';
		const result = await measure(sockets, send, (idea, text) => idea.text === text);
		closeAll(sockets);
		return result;
	} finally {
		child.kill('SIGTERM');
	}
}

export async function runFanout() {
	const rows = [];
	for (const n of SIZES) {
		const app = await ours(n);
		const bare = await baseline(n);
		rows.push({
			participants: n,
			'p50 ms': app.p50,
			'p95 ms': app.p95,
			'p99 ms': app.p99,
			'max ms': app.max,
			lost: app.lost,
			'bare p50 ms': bare.p50,
			'bare p95 ms': bare.p95,
			'ratio p50': app.p50 / bare.p50,
			'ratio p95': app.p95 / bare.p95,
			'server RSS MiB': app.rss
		});
	}
	printTable('Fan-out: a new card reaches every screen (N phones + dashboard + beamer)', rows);
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runFanout();
