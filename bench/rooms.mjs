// Many rooms: 50 workshops of 30 phones each, every phone adding a card every ~3 s for 20 s.
import { ack, closeAll, connectAll } from './lib/clients.mjs';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable, summary } from './lib/stats.mjs';

const ROOMS = Number(process.env.BENCH_ROOMS ?? 50);
const PER_ROOM = Number(process.env.BENCH_PER_ROOM ?? 30);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 20_000);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runRooms() {
	const server = await startServer({ port: 4340 });
	try {
		const sockets = [];
		const phones = [];
		for (let r = 0; r < ROOMS; r++) {
			const { workshopId, cookie } = await seedWorkshop(server, `Kamer ${r + 1}`);
			const [dashboard] = await connectAll(server.url, [
				{ auth: { workshopId, view: 'dashboard' }, cookie }
			]);
			await ack(dashboard, 'step:set', { step: 2 });
			const participants = seedParticipants(server, workshopId, PER_ROOM);
			const connected = await connectAll(
				server.url,
				participants.map((p) => ({ auth: { workshopId, view: 'participant' }, cookie: p.cookie }))
			);
			sockets.push(dashboard, ...connected);
			phones.push(...connected);
		}
		const latencies = [];
		let refused = 0;
		let peakRss = server.rssMiB();
		const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, server.rssMiB())), 1000);
		const end = performance.now() + DURATION_MS;
		await Promise.all(
			phones.map(async (phone, i) => {
				let n = 0;
				await sleep(Math.random() * 3000);
				while (performance.now() < end) {
					const sent = performance.now();
					const reply = await ack(phone, 'card:add', {
						clientId: `room-${i}-${n++}`,
						kind: 'risk',
						text: `Risico ${i}-${n}`
					});
					latencies.push(performance.now() - sent);
					if (!reply.ok) refused++;
					await sleep(2000 + Math.random() * 2000);
				}
			})
		);
		clearInterval(rssTimer);
		const stats = summary(latencies);
		const row = {
			rooms: ROOMS,
			'phones per room': PER_ROOM,
			writes: latencies.length,
			'writes/s': latencies.length / (DURATION_MS / 1000),
			'ack p50 ms': stats.p50,
			'ack p95 ms': stats.p95,
			'ack max ms': stats.max,
			refused,
			'peak server RSS MiB': peakRss
		};
		closeAll(sockets);
		printTable(`Many rooms: ${ROOMS} workshops × ${PER_ROOM} phones, steady writes`, [row]);
		return row;
	} finally {
		await server.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await runRooms();
