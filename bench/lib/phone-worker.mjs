// A share of the phones, in their own process: a single process cannot read 5,000 sockets'
// messages fast enough to time them. Driven by bench/lib/phones.mjs over IPC. Times are absolute
// (performance.timeOrigin + performance.now()), so the parent can compare them with its own.
import { ack, closeAll, connectAll } from './clients.mjs';

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let sockets = [];

/** Does this payload carry the text being watched for (a card patch, or a bare broadcast)? */
function carries(event, payload, text) {
	if (event === 'idea') return payload?.text === text;
	return (
		Array.isArray(payload) && payload.some((op) => op.upsert === 'cards' && op.item?.text === text)
	);
}

function watch({ id, event, text, timeoutMs }) {
	const arrivals = sockets.map(
		(socket) =>
			new Promise((resolve) => {
				const timer = setTimeout(() => {
					socket.off(event, listener);
					resolve(null);
				}, timeoutMs);
				const listener = (payload) => {
					if (!carries(event, payload, text)) return;
					clearTimeout(timer);
					socket.off(event, listener);
					resolve(now());
				};
				socket.on(event, listener);
			})
	);
	process.send({ type: 'watching', id });
	void Promise.all(arrivals).then((times) => process.send({ type: 'arrivals', id, times }));
}

/** Each phone casts 2 + 2 + 1 dots on three values, the five taps spread over the window. */
async function vote({ id, values, windowMs, first }) {
	const latencies = [];
	let refused = 0;
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
				const sent = now();
				const reply = await ack(phone, 'vote:set', { valueId, dots });
				const done = now();
				latencies.push(done - sent);
				lastAck = Math.max(lastAck, done);
				if (!reply.ok) refused++;
			}
		})
	);
	process.send({ type: 'voted', id, latencies, refused, lastAck });
}

process.on('message', async (message) => {
	if (message.type === 'connect') {
		sockets = await connectAll(message.url, message.specs);
		process.send({ type: 'connected', id: message.id });
	} else if (message.type === 'watch') watch(message);
	else if (message.type === 'vote') await vote(message);
	else if (message.type === 'close') {
		closeAll(sockets);
		process.exit(0);
	}
});
