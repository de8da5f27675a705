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
