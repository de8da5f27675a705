import { io } from 'socket.io-client';

/** Connects sockets in batches (a room filling up), resolving when all are connected. */
export async function connectAll(url, specs, batch = 100) {
	const sockets = [];
	for (let i = 0; i < specs.length; i += batch) {
		const group = specs.slice(i, i + batch).map(
			({ auth, cookie }) =>
				new Promise((resolve, reject) => {
					const socket = io(url, {
						auth,
						transports: ['websocket'],
						extraHeaders: { cookie },
						reconnection: false,
						forceNew: true
					});
					socket.once('connect', () => resolve(socket));
					socket.once('connect_error', reject);
				})
		);
		sockets.push(...(await Promise.all(group)));
	}
	return sockets;
}

export function closeAll(sockets) {
	for (const socket of sockets) socket.disconnect();
}

export const ack = (socket, event, payload) => socket.timeout(10_000).emitWithAck(event, payload);

/** Absolute time in ms, comparable between the load-generating processes on one machine. */
export const clock = () => performance.timeOrigin + performance.now();

/** Matches a card patch carrying `text`, and a bare broadcast of an idea with `text`. */
export const isCard = (text) => (patch) =>
	Array.isArray(patch) && patch.some((op) => op.upsert === 'cards' && op.item?.text === text);
export const isIdea = (text) => (idea) => idea?.text === text;

/** Resolves with the arrival time of the first payload on `event` that `matches`, or null. */
export function arrival(socket, event, matches, timeoutMs = 5000) {
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			socket.off(event, listener);
			resolve(null);
		}, timeoutMs);
		const listener = (payload) => {
			if (!matches(payload)) return;
			clearTimeout(timer);
			socket.off(event, listener);
			resolve(clock());
		};
		socket.on(event, listener);
	});
}
