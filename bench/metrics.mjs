// What /metrics costs: the capacity benchmark's 200 workshops (8,400 sockets), with metrics off
// and on (counting every socket event, command and publish, scraped every 15 s as Prometheus
// would), alternated off, on, off, on in the same run so the machine's noise hits both alike.
// Budget: ack p95 with metrics on within 10 % of off.
import { runCapacity } from './capacity.mjs';
import { printTable } from './lib/stats.mjs';

const WORKSHOPS = Number(process.env.BENCH_METRICS_WORKSHOPS ?? 200);
const ROUNDS = Number(process.env.BENCH_METRICS_ROUNDS ?? 2);
const rows = [];
for (let round = 1; round <= ROUNDS; round++) {
	for (const metrics of ['off', 'on']) {
		// Ramped as the capacity benchmark does (8,400 sockets at once would not connect).
		const rowsOfRun = await runCapacity({
			stages: [50, 100, 150, WORKSHOPS],
			env: metrics === 'on' ? { METRICS_TOKEN: 'bench-metrics' } : {},
			scrapeEveryMs: metrics === 'on' ? 15_000 : 0,
			print: false
		});
		const row = rowsOfRun.find((r) => r.workshops === WORKSHOPS);
		if (!row) throw new Error(`no measurement at ${WORKSHOPS} with metrics ${metrics}`);
		rows.push({ round, metrics, ...row });
	}
}
const p95 = (state) =>
	rows.filter((r) => r.metrics === state).reduce((sum, r) => sum + r['ack p95 ms'], 0) / ROUNDS;
printTable(`Cost of /metrics at ${WORKSHOPS} workshops (${ROUNDS} rounds, alternated)`, rows);
const ratio = p95('on') / p95('off');
console.log(
	`\nack p95, mean of the rounds: off ${p95('off').toFixed(1)} ms, on ${p95('on').toFixed(1)} ms: ` +
		`on/off ${ratio.toFixed(2)} × (budget ≤ 1.10 ×)`
);
