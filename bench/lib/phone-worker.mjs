// A share of the phones, in their own process: a single process cannot read 5,000 sockets'
// messages fast enough to time them. Driven by bench/lib/phones.mjs over IPC. Times are absolute
// (performance.timeOrigin + performance.now()), so the parent can compare them with its own.
import { ack, arrival, clock, closeAll, connectAll, isCard, isIdea } from './clients.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let sockets = [];
/** Sockets closed by anything but the bench itself. */
let dropped = 0;

function watch({ id, event, text, timeoutMs }) {
	const matches = event === 'idea' ? isIdea(text) : isCard(text);
	const arrivals = sockets.map((socket) => arrival(socket, event, matches, timeoutMs));
	process.send({ type: 'watching', id });
	void Promise.all(arrivals).then((times) => process.send({ type: 'arrivals', id, times }));
}

/**
 * Each phone casts 2 + 2 + 1 dots on three values, the five taps spread over the window. A vote
 * whose answer never comes (the socket dropped, or 10 s passed) is counted as lost, not thrown:
 * the worker lives on and reports what it saw.
 */
async function vote({ id, values, windowMs, first }) {
	const latencies = [];
	let refused = 0;
	let lost = 0;
	let lastAck = 0;
	await Promise.all(
		sockets.map(async (phone, k) => {
			const i = first + k;
			const picks = [0, 7, 13].map((step) => values[(i + step) % values.length]);
			const plan = [
				[picks[0], 1],
				[picks[0], 2],
				[picks[1], 1],
				[picks[1], 2],
				[picks[2], 1]
			];
			for (const [valueId, dots] of plan) {
				await sleep(Math.random() * (windowMs / 5));
				const sent = clock();
				const reply = await ack(phone, 'vote:set', { valueId, dots }).catch(() => null);
				const done = clock();
				if (!reply) {
					lost++;
					continue;
				}
				latencies.push(done - sent);
				lastAck = Math.max(lastAck, done);
				if (!reply.ok) refused++;
			}
		})
	);
	process.send({ type: 'voted', id, latencies, refused, lost, dropped, lastAck });
}

process.on('message', async (message) => {
	if (message.type === 'connect') {
		sockets = await connectAll(message.url, message.specs);
		// A socket the server closes (or whose heartbeat fails) is a phone dropped.
		for (const socket of sockets) {
			socket.on('disconnect', (reason) => {
				if (reason !== 'io client disconnect') dropped++;
			});
		}
		process.send({ type: 'connected', id: message.id });
	} else if (message.type === 'watch') watch(message);
	else if (message.type === 'vote') await vote(message);
	else if (message.type === 'close') {
		closeAll(sockets);
		process.exit(0);
	}
});
