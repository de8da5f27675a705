// Vote storm: N phones each cast 5 dots within 20 seconds. Every vote must be acknowledged, none
// lost, and the facilitator's tally exact soon after the last vote. The phones vote from worker
// processes (bench/lib/phones.mjs); the dashboard is in this one.
import { ack, clock, closeAll, connectAll } from './lib/clients.mjs';
import { phoneWorkers } from './lib/phones.mjs';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable, summary } from './lib/stats.mjs';

const N = Number(process.env.BENCH_VOTERS ?? 5000);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 20_000);
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
		const phones = await phoneWorkers(
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
			tallyAt = clock();
		});
		await sleep(300);

		const started = clock();
		const cpuBefore = server.cpuMs();
		const { latencies, refused, lost, dropped, lastAck } = await phones.vote(values, WINDOW_MS);
		const duration = clock() - started;
		const cpu = server.cpuMs() - cpuBefore;
		const expected = N * 5;
		const deadline = clock() + 2000;
		while (tally !== expected && clock() < deadline) await sleep(5);
		const stored = server.db
			.prepare('SELECT COALESCE(SUM(dots), 0) FROM value_votes')
			.pluck()
			.get();
		const stats = summary(latencies);
		const row = {
			synchronous,
			voters: N,
			'load processes': phones.processes,
			votes: latencies.length,
			's taken': duration / 1000,
			'ack p50 ms': stats.p50,
			'ack p95 ms': stats.p95,
			'ack max ms': stats.max,
			refused,
			'votes lost': lost,
			'sockets dropped': dropped,
			'dots stored': stored,
			'dots expected': expected,
			'tally exact': tally === expected ? 'yes' : `no (${tally})`,
			'tally after last ack ms': tally === expected ? Math.max(0, tallyAt - lastAck) : NaN,
			// What the server's one thread spent (heartbeats and all) while the phones voted: the
			// part of the machine the load generators do not blur.
			'server CPU % of a core': (cpu / duration) * 100,
			'server CPU ms per vote': cpu / latencies.length,
			'server RSS MiB': server.rssMiB()
		};
		await phones.close();
		closeAll([dashboard]);
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
