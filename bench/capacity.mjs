// A node's capacity: workshops of 40 phones (plus a dashboard and a beamer each) at realistic
// activity are added in stages until the phones' ack p95 passes 100 ms. Per stage: workshops,
// sockets, writes per second, ack p50/p95, the server's CPU and RSS. The load generator runs in
// worker processes on the same machine (bench/lib/capacity-worker.mjs), so it shares the cores
// with the server: the numbers are a floor for a node with its own cores.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from './lib/ipc.mjs';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable, summary } from './lib/stats.mjs';

const STAGES = (process.env.BENCH_STAGES ?? '50,100,150,175,200,225,250,300')
	.split(',')
	.map(Number);
const PER_WORKSHOP = Number(process.env.BENCH_PER_ROOM ?? 40);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 3);
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 30_000);
const LIMIT_MS = 100;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server's CPU time so far, in seconds (user + system, from /proc). */
function cpuSeconds(pid) {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** "12 WRONG_STEP" and the like, summed over the workers. */
function refusals(reports) {
	const total = {};
	for (const r of reports)
		for (const [code, n] of Object.entries(r.refused)) total[code] = (total[code] ?? 0) + n;
	return (
		Object.entries(total)
			.map(([code, n]) => `${n} ${code}`)
			.join(', ') || '0'
	);
}

/**
 * `stages`: the workshop counts to reach; `env`: the server's extra settings; `scrapeEveryMs`:
 * scrape /metrics that often (with env.METRICS_TOKEN), as Prometheus would.
 */
export async function runCapacity({
	stages = STAGES,
	env = {},
	scrapeEveryMs = 0,
	print = true
} = {}) {
	const server = await startServer({ port: 4350, env });
	const scraper =
		scrapeEveryMs > 0
			? setInterval(() => {
					fetch(`${server.url}/metrics`, {
						headers: { authorization: `Bearer ${env.METRICS_TOKEN}` }
					})
						.then((r) => r.text())
						.catch(() => {});
				}, scrapeEveryMs)
			: null;
	const workers = Array.from({ length: WORKERS }, () => fork('bench/lib/capacity-worker.mjs'));
	const values = (workshopId) =>
		server.db
			.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? ORDER BY position')
			.pluck()
			.all(workshopId);

	const rows = [];
	let workshops = 0;
	try {
		for (const target of stages) {
			// Add the stage's workshops, spread over the worker processes.
			const batches = workers.map(() => []);
			for (; workshops < target; workshops++) {
				const { workshopId, cookie } = await seedWorkshop(server, `Capaciteit ${workshops + 1}`);
				const phones = seedParticipants(server, workshopId, PER_WORKSHOP).map((p) => p.cookie);
				batches[workshops % workers.length].push({
					workshopId,
					cookie,
					phones,
					values: values(workshopId)
				});
			}
			const added = await Promise.all(
				workers.map((w, i) =>
					request(w, { type: 'add', url: server.url, workshops: batches[i] }, 'added')
				)
			);
			const failed = added.reduce((sum, a) => sum + a.failed, 0);
			if (failed > 0) {
				console.error(`capacity: ${failed} workshops could not connect at ${target}; stopping`);
				break;
			}
			// Settle, then measure a window of steady activity.
			await sleep(5000);
			await Promise.all(workers.map((w) => request(w, { type: 'report' }, 'report')));
			const cpuBefore = cpuSeconds(server.pid);
			let rssPeak = server.rssMiB();
			const started = performance.now();
			while (performance.now() - started < MEASURE_MS) {
				await sleep(1000);
				rssPeak = Math.max(rssPeak, server.rssMiB());
			}
			const seconds = (performance.now() - started) / 1000;
			const cpu = (cpuSeconds(server.pid) - cpuBefore) / seconds;
			const reports = await Promise.all(
				workers.map((w) => request(w, { type: 'report' }, 'report'))
			);
			const latencies = reports.flatMap((r) => r.latencies);
			const stats = summary(latencies);
			rows.push({
				workshops: target,
				sockets: target * (PER_WORKSHOP + 2),
				'writes/s': latencies.length / seconds,
				'ack p50 ms': stats.p50,
				'ack p95 ms': stats.p95,
				'ack p99 ms': stats.p99,
				refused: refusals(reports),
				'server CPU % of a core': cpu * 100,
				'server RSS peak MiB': rssPeak
			});
			console.error(
				`capacity: ${target} workshops, ack p95 ${stats.p95.toFixed(1)} ms, CPU ${(cpu * 100).toFixed(0)} %, RSS ${rssPeak.toFixed(0)} MiB`
			);
			if (stats.p95 > LIMIT_MS) break;
		}
	} finally {
		if (scraper) clearInterval(scraper);
		for (const w of workers) w.send({ type: 'close' });
		await server.stop();
	}
	if (print)
		printTable(
			`Capacity of one node: workshops of ${PER_WORKSHOP} phones + dashboard + beamer, a write per phone every 5–15 s, vote bursts, step changes every ${(Number(process.env.BENCH_PHASE_MS ?? 30_000) / 1000).toFixed(0)} s (${WORKERS} load processes on the same machine)`,
			rows
		);
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runCapacity();
