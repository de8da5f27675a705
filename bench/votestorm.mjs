// Vote storm: N phones each cast 5 dots within 10 seconds. Every vote must be acknowledged, none
// lost, and the facilitator's tally exact soon after the last vote.
import { ack, closeAll, connectAll } from './lib/clients.mjs';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable, summary } from './lib/stats.mjs';

const N = Number(process.env.BENCH_VOTERS ?? 1000);
const WINDOW_MS = 10_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `synchronous`: SQLite's flush at each commit (FULL) or none (NORMAL, the app's default). */
async function storm(synchronous) {
	const server = await startServer({ port: 4330, env: { DB_SYNCHRONOUS: synchronous } });
	try {
		const { workshopId, cookie } = await seedWorkshop(server, 'Stemstorm');
		const participants = seedParticipants(server, workshopId, N);
		const values = server.db
			.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? ORDER BY position')
			.pluck()
			.all(workshopId);
		const [dashboard] = await connectAll(server.url, [
			{ auth: { workshopId, view: 'dashboard' }, cookie }
		]);
		await ack(dashboard, 'step:set', { step: 3 });
		const phones = await connectAll(
			server.url,
			participants.map((p) => ({ auth: { workshopId, view: 'participant' }, cookie: p.cookie }))
		);
		// The dashboard's tally, kept from its patches as its screen keeps it.
		const dotsByValue = new Map();
		let tally = 0;
		let tallyAt = 0;
		dashboard.on('state:patch', (patch) => {
			for (const op of patch) {
				if (op.upsert === 'tallies') dotsByValue.set(op.item.valueId, op.item.dots);
				if (op.remove === 'tallies') dotsByValue.delete(op.key);
				if (op.set === 'tallies') {
					dotsByValue.clear();
					for (const t of op.value ?? []) dotsByValue.set(t.valueId, t.dots);
				}
			}
			tally = [...dotsByValue.values()].reduce((sum, dots) => sum + dots, 0);
			tallyAt = performance.now();
		});
		await sleep(300);

		const latencies = [];
		let refused = 0;
		let lastAck = 0;
		const started = performance.now();
		await Promise.all(
			phones.map(async (phone, i) => {
				// 2 + 2 + 1 dots on three values, the five taps spread over the window.
				const picks = [
					values[i % values.length],
					values[(i + 7) % values.length],
					values[(i + 13) % values.length]
				];
				const plan = [
					[picks[0], 1],
					[picks[0], 2],
					[picks[1], 1],
					[picks[1], 2],
					[picks[2], 1]
				];
				for (const [valueId, dots] of plan) {
					await sleep(Math.random() * (WINDOW_MS / 5));
					const sent = performance.now();
					const reply = await ack(phone, 'vote:set', { valueId, dots });
					const now = performance.now();
					latencies.push(now - sent);
					lastAck = Math.max(lastAck, now);
					if (!reply.ok) refused++;
				}
			})
		);
		const duration = performance.now() - started;
		const expected = N * 5;
		const deadline = performance.now() + 2000;
		while (tally !== expected && performance.now() < deadline) await sleep(5);
		const stored = server.db
			.prepare('SELECT COALESCE(SUM(dots), 0) FROM value_votes')
			.pluck()
			.get();
		const stats = summary(latencies);
		const row = {
			synchronous,
			voters: N,
			votes: latencies.length,
			's taken': duration / 1000,
			'ack p50 ms': stats.p50,
			'ack p95 ms': stats.p95,
			'ack max ms': stats.max,
			refused,
			'dots stored': stored,
			'dots expected': expected,
			'tally exact': tally === expected ? 'yes' : `no (${tally})`,
			'tally after last ack ms': tally === expected ? Math.max(0, tallyAt - lastAck) : NaN,
			'server RSS MiB': server.rssMiB()
		};
		closeAll([...phones, dashboard]);
		return row;
	} finally {
		await server.stop();
	}
}

export async function runVoteStorm() {
	// The same storm with and without SQLite's flush at each commit: what durability costs.
	const rows = [await storm('NORMAL'), await storm('FULL')];
	printTable(`Vote storm: ${N} phones × 5 dots within ${WINDOW_MS / 1000} s`, rows);
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runVoteStorm();
