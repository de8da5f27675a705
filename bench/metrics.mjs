// What /metrics costs: the capacity benchmark's load (BENCH_METRICS_WORKSHOPS, default 200), with metrics off
// and on (counting every socket event, command and publish, scraped every 15 s as Prometheus
// would), alternated off, on, off, on in the same run so the machine's noise hits both alike.
// Budget: with metrics on, the server's CPU per write within 10 % of off; the ack p95 is printed
// too, but near a machine's limit it varies more than that between identical rounds (README).
import { runCapacity } from './capacity.mjs';
import { printTable } from './lib/stats.mjs';

const WORKSHOPS = Number(process.env.BENCH_METRICS_WORKSHOPS ?? 200);
const ROUNDS = Number(process.env.BENCH_METRICS_ROUNDS ?? 2);
const rows = [];
for (let round = 1; round <= ROUNDS; round++) {
	for (const metrics of ['off', 'on']) {
		// Ramped as the capacity benchmark does (8,400 sockets at once would not connect).
		const rowsOfRun = await runCapacity({
			stages: [...[50, 100, 150].filter((n) => n < WORKSHOPS), WORKSHOPS],
			env: metrics === 'on' ? { METRICS_TOKEN: 'bench-metrics' } : {},
			scrapeEveryMs: metrics === 'on' ? 15_000 : 0,
			print: false
		});
		const row = rowsOfRun.find((r) => r.workshops === WORKSHOPS);
		if (!row) throw new Error(`no measurement at ${WORKSHOPS} with metrics ${metrics}`);
		rows.push({ round, metrics, ...row });
	}
}
const mean = (state, of) =>
	rows.filter((r) => r.metrics === state).reduce((sum, r) => sum + of(r), 0) / ROUNDS;
const p95 = (state) => mean(state, (r) => r['ack p95 ms']);
// The server's CPU time per write: steadier than a p95 near a busy machine's limit.
const cpuPerWrite = (state) =>
	mean(state, (r) => (r['server CPU % of a core'] * 10) / r['writes/s']);
printTable(`Cost of /metrics at ${WORKSHOPS} workshops (${ROUNDS} rounds, alternated)`, rows);
console.log(
	`\nServer CPU per write, mean of the rounds: off ${cpuPerWrite('off').toFixed(3)} ms, ` +
		`on ${cpuPerWrite('on').toFixed(3)} ms: on/off ` +
		`${(cpuPerWrite('on') / cpuPerWrite('off')).toFixed(2)} × (budget ≤ 1.10 ×)\n` +
		`ack p95, mean of the rounds: off ${p95('off').toFixed(1)} ms, on ${p95('on').toFixed(1)} ms: ` +
		`on/off ${(p95('on') / p95('off')).toFixed(2)} ×`
);
