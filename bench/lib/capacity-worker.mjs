// Workshops at work, in a process of their own (driven by bench/capacity.mjs over IPC). Each
// workshop has a dashboard, a beamer and its phones. The room alternates between writing cards
// (step 2) and dot voting (step 3), the dashboard moving it every PHASE_MS; when voting opens,
// every phone votes within a few seconds (the burst); otherwise each phone writes every 5-15 s.
import { ack, closeAll, connectAll } from './clients.mjs';

const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 30_000);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (low, high) => low + Math.random() * (high - low);

let latencies = [];
/** Refusals by error code (a write racing a step change gets WRONG_STEP, as in a real room). */
let refused = {};
let running = true;
const sockets = [];

async function timed(socket, event, payload) {
	const sent = performance.now();
	try {
		const reply = await ack(socket, event, payload);
		latencies.push(performance.now() - sent);
		if (!reply.ok) refused[reply.error] = (refused[reply.error] ?? 0) + 1;
	} catch {
		// No answer within 10 s: counts as refused, and as 10 s.
		latencies.push(10_000);
		refused.TIMEOUT = (refused.TIMEOUT ?? 0) + 1;
	}
}

async function phoneLoop(phone, room, index) {
	let written = 0;
	while (running) {
		if (room.burst) {
			// Voting just opened: everyone votes in the first few seconds.
			await sleep(between(0, 3000));
			room.burst = false;
		} else {
			await sleep(between(5000, 15_000));
		}
		if (!running) break;
		if (room.step === 2) {
			await timed(phone, 'card:add', {
				clientId: `cap-${index}-${written++}-${Date.now()}`,
				kind: 'risk',
				text: `Risico ${written} van deelnemer ${index}: gegevensbescherming bij cameratoezicht`
			});
		} else {
			// Two values of its own, 0-2 dots each: within the budget of 5, as the phone's screen keeps it.
			const valueId = room.values[(index * 7 + Math.floor(between(0, 2)) * 5) % room.values.length];
			await timed(phone, 'vote:set', { valueId, dots: Math.floor(between(0, 3)) });
		}
	}
}

async function dashboardLoop(dashboard, room) {
	// Rooms do not all move at once.
	await sleep(between(0, PHASE_MS));
	while (running) {
		room.step = room.step === 2 ? 3 : 2;
		room.burst = room.step === 3;
		await timed(dashboard, 'step:set', { step: room.step });
		await sleep(PHASE_MS);
	}
}

async function addWorkshop({ url, workshopId, cookie, phones, values }) {
	const [dashboard, beamer] = await connectAll(url, [
		{ auth: { workshopId, view: 'dashboard' }, cookie },
		{ auth: { workshopId, view: 'beamer' }, cookie }
	]);
	await ack(dashboard, 'step:set', { step: 2 });
	const room = { step: 2, burst: false, values };
	const connected = await connectAll(
		url,
		phones.map((phoneCookie) => ({
			auth: { workshopId, view: 'participant' },
			cookie: phoneCookie
		}))
	);
	sockets.push(dashboard, beamer, ...connected);
	connected.forEach((phone, i) => void phoneLoop(phone, room, i));
	void dashboardLoop(dashboard, room);
}

process.on('message', async (message) => {
	if (message.type === 'add') {
		// A node that cannot take more connections says so by timing out: report it, do not crash.
		let failed = 0;
		for (const workshop of message.workshops) {
			await addWorkshop({ url: message.url, ...workshop }).catch(() => failed++);
		}
		process.send({ type: 'added', id: message.id, failed });
	} else if (message.type === 'report') {
		process.send({ type: 'report', id: message.id, latencies, refused });
		latencies = [];
		refused = {};
	} else if (message.type === 'close') {
		running = false;
		closeAll(sockets);
		process.exit(0);
	}
});
