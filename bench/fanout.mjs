// Fan-out latency: one workshop with N phones plus the dashboard and the beamer; a phone adds a
// card; how long until each screen has it. The same against a bare Socket.IO broadcast server in
// the same run, and the ratio. The phones live in worker processes (bench/lib/phones.mjs, 1 per
// 1,250 phones); the dashboard, the beamer and the phone that writes live in this one.
import { fork } from 'node:child_process';
import { ack, arrival, clock, closeAll, connectAll, isCard, isIdea } from './lib/clients.mjs';
import { phoneWorkers } from './lib/phones.mjs';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable, summary } from './lib/stats.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '50,1000,5000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
/** Runs per size; the ratio reported is the median over them (small rooms are noisy). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * ROUNDS messages from the writing phone; per delivery, the time from sending until that screen
 * had it, and per round the time until the last screen had it.
 */
async function measure({ phones, local, writer, event, match, send }) {
	const deliveries = [];
	const last = [];
	let lost = 0;
	for (let round = 0; round < ROUNDS; round++) {
		const text = `Idee ${round} ${Date.now()}`;
		const remote = await phones.watch(event, text);
		const here = local.map((socket) => arrival(socket, event, match(text)));
		const started = clock();
		await send(writer, text, round);
		const times = [...(await remote.arrived), ...(await Promise.all(here))];
		let slowest = 0;
		for (const time of times) {
			if (time === null) lost++;
			else {
				deliveries.push(time - started);
				slowest = Math.max(slowest, time - started);
			}
		}
		last.push(slowest);
		await sleep(100);
	}
	return { ...summary(deliveries), last: summary(last).p95, lost };
}

async function ours(n) {
	const server = await startServer({ port: 4310 });
	try {
		const { workshopId, cookie } = await seedWorkshop(server);
		const participants = seedParticipants(server, workshopId, n);
		const [dashboard, beamer, writer] = await connectAll(server.url, [
			{ auth: { workshopId, view: 'dashboard' }, cookie },
			{ auth: { workshopId, view: 'beamer' }, cookie },
			{ auth: { workshopId, view: 'participant' }, cookie: participants[0].cookie }
		]);
		await ack(dashboard, 'step:set', { step: 2 });
		const phones = await phoneWorkers(
			server.url,
			participants
				.slice(1)
				.map((p) => ({ auth: { workshopId, view: 'participant' }, cookie: p.cookie }))
		);
		await sleep(1000);
		const result = await measure({
			phones,
			local: [dashboard, beamer, writer],
			writer,
			event: 'state:patch',
			match: isCard,
			async send(socket, text, round) {
				const reply = await ack(socket, 'card:add', {
					clientId: `bench-${round}-${Date.now()}`,
					kind: 'risk',
					text
				});
				if (!reply.ok) throw new Error(`card:add refused: ${reply.error}`);
			}
		});
		const rss = server.rssMiB();
		await phones.close();
		closeAll([dashboard, beamer, writer]);
		return { ...result, rss, processes: phones.processes };
	} finally {
		await server.stop();
	}
}

async function baseline(n) {
	const child = fork('bench/lib/baseline-server.mjs', { env: { ...process.env, PORT: '4320' } });
	await new Promise((resolve) => child.once('message', resolve));
	const url = 'http://localhost:4320';
	try {
		const local = await connectAll(
			url,
			[0, 1, 2].map(() => ({ auth: {}, cookie: '' }))
		);
		const phones = await phoneWorkers(
			url,
			Array.from({ length: n - 1 }, () => ({ auth: {}, cookie: '' }))
		);
		await sleep(1000);
		const result = await measure({
			phones,
			local,
			writer: local[2],
			event: 'idea',
			match: isIdea,
			async send(socket, text) {
				await socket.timeout(10_000).emitWithAck('idea', { text });
			}
		});
		await phones.close();
		closeAll(local);
		return result;
	} finally {
		child.kill('SIGTERM');
		await new Promise((resolve) => child.once('exit', resolve));
	}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runFanout() {
	const rows = [];
	for (const n of SIZES) {
		const runs = [];
		for (let run = 0; run < RUNS; run++) {
			const app = await ours(n);
			const bare = await baseline(n);
			runs.push({ app, bare, ratio50: app.p50 / bare.p50, ratio95: app.p95 / bare.p95 });
		}
		// The run whose p95 ratio is the median, reported whole.
		const ratio = median(runs.map((r) => r.ratio95));
		const { app, bare, ratio50 } = runs.find((r) => r.ratio95 === ratio);
		rows.push({
			phones: n,
			'load processes': app.processes,
			'p50 ms': app.p50,
			'p95 ms': app.p95,
			'max ms': app.max,
			'last screen p95 ms': app.last,
			lost: runs.reduce((sum, r) => sum + r.app.lost, 0),
			'bare p50 ms': bare.p50,
			'bare p95 ms': bare.p95,
			'ratio p50': ratio50,
			'ratio p95 (median of runs)': ratio,
			'ratios p95 of runs': runs.map((r) => r.ratio95.toFixed(2)).join(' / '),
			'server RSS MiB': app.rss
		});
	}
	printTable(
		`Fan-out: a new card reaches every screen (N phones + dashboard + beamer; ${ROUNDS} cards, ${RUNS} runs per size)`,
		rows
	);
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runFanout();
