// Noisy neighbour: two workshops of 40 phones, every phone adding a card every 2-4 s. Then the
// same again while one phone of the first workshop floods the server (resyncs and writes, as fast
// as it can, 50 in flight), and quiet once more. What the other phones feel, in both workshops,
// against the quiet runs before and after on the same machine: their ack p95 should stay within
// 2x, and the server under 400 MiB.
import { ack, closeAll, connectAll } from './lib/clients.mjs';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable, summary } from './lib/stats.mjs';

const PER_ROOM = Number(process.env.BENCH_PER_ROOM ?? 40);
const PHASE_MS = Number(process.env.BENCH_DURATION_MS ?? 15_000);
const IN_FLIGHT = 50;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every phone but the flooder writes a card every 2-4 s for one phase; returns ack latencies. */
async function steadyWrites(phones, tag) {
	const latencies = { A: [], B: [] };
	let refused = 0;
	const end = performance.now() + PHASE_MS;
	await Promise.all(
		phones.map(async ({ socket, room }, i) => {
			let n = 0;
			await sleep(Math.random() * 2000);
			while (performance.now() < end) {
				const sent = performance.now();
				const reply = await ack(socket, 'card:add', {
					clientId: `${tag}-${i}-${n++}`,
					kind: 'risk',
					text: `Risico ${n} van deelnemer ${i}`
				});
				latencies[room].push(performance.now() - sent);
				if (!reply.ok) refused++;
				await sleep(2000 + Math.random() * 2000);
			}
		})
	);
	return { latencies, refused };
}

/** One phone sending resyncs and cards as fast as the server answers, IN_FLIGHT at a time. */
function flood(socket, until) {
	const counts = { sent: 0, accepted: 0, refused: 0, dropped: 0 };
	const one = async (lane) => {
		let n = 0;
		while (performance.now() < until() && socket.connected) {
			counts.sent++;
			try {
				const reply =
					n++ % 2 === 0
						? await socket.timeout(5000).emitWithAck('state:sync', {})
						: await socket
								.timeout(5000)
								.emitWithAck('card:add', { clientId: `f-${lane}-${n}`, kind: 'risk', text: 'x' });
				if (reply.ok) counts.accepted++;
				else counts.refused++;
			} catch {
				counts.dropped++;
			}
		}
	};
	return { counts, done: Promise.all(Array.from({ length: IN_FLIGHT }, (_, lane) => one(lane))) };
}

export async function runNoisy() {
	const server = await startServer({
		port: 4350,
		// The limits a real installation has, not the benchmarks' raised ones.
		env: { CONTRIBUTION_LIMIT_PER_MINUTE: '120', SOCKET_BUDGET_SCALE: '1' }
	});
	try {
		const rooms = [];
		for (const room of ['A', 'B']) {
			const { workshopId, cookie } = await seedWorkshop(server, `Werkplaats ${room}`);
			const [dashboard] = await connectAll(server.url, [
				{ auth: { workshopId, view: 'dashboard' }, cookie }
			]);
			await ack(dashboard, 'step:set', { step: 2 });
			const participants = seedParticipants(server, workshopId, PER_ROOM);
			const sockets = await connectAll(
				server.url,
				participants.map((p) => ({ auth: { workshopId, view: 'participant' }, cookie: p.cookie }))
			);
			rooms.push({ room, dashboard, sockets });
		}
		const [flooder, ...rest] = rooms[0].sockets;
		const phones = [
			...rest.map((socket) => ({ socket, room: 'A' })),
			...rooms[1].sockets.map((socket) => ({ socket, room: 'B' }))
		];

		const quiet = await steadyWrites(phones, 'quiet');
		const rssBefore = server.rssMiB();
		let peakRss = rssBefore;
		const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, server.rssMiB())), 200);
		let stop = false;
		const flooding = flood(flooder, () => (stop ? 0 : Infinity));
		await sleep(1000);
		const noisy = await steadyWrites(phones, 'noisy');
		stop = true;
		await flooding.done;
		clearInterval(rssTimer);
		// Quiet again: the machine warms up during a run, so quiet is measured before and after.
		const after = await steadyWrites(phones, 'after');

		const row = (phase, result, room) => {
			const stats = summary(result.latencies[room]);
			const quietStats = summary([...quiet.latencies[room], ...after.latencies[room]]);
			return {
				phase,
				workshop: room === 'A' ? 'A (the flooder’s)' : 'B (another)',
				acks: stats.count,
				'ack p50 ms': stats.p50,
				'ack p95 ms': stats.p95,
				'p95 vs quiet (before and after)': stats.p95 / quietStats.p95,
				refused: result.refused
			};
		};
		printTable(`Noisy neighbour: 2 workshops × ${PER_ROOM} phones, one phone flooding`, [
			row('quiet', quiet, 'A'),
			row('quiet', quiet, 'B'),
			row('one phone flooding', noisy, 'A'),
			row('one phone flooding', noisy, 'B'),
			row('quiet again', after, 'A'),
			row('quiet again', after, 'B')
		]);
		printTable('The flooder, and the server', [
			{
				'flood sent': flooding.counts.sent,
				accepted: flooding.counts.accepted,
				refused: flooding.counts.refused,
				'unanswered / cut off': flooding.counts.dropped,
				'flooder still connected': flooder.connected ? 'yes' : 'no',
				'server RSS before MiB': rssBefore,
				'server RSS peak MiB': peakRss
			}
		]);
		closeAll([...rooms.flatMap((r) => [r.dashboard, ...r.sockets])]);
		return { quiet, noisy, flood: flooding.counts, peakRss };
	} finally {
		await server.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await runNoisy();
