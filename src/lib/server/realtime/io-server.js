// Creates the one Socket.IO server of the process and publishes it on globalThis, where the
// SvelteKit bundle's `init` hook (src/hooks.server.ts) finds it and registers the handlers.
// Plain JavaScript on purpose: server.js (production) and vite.config.ts (dev, preview) both
// import this file outside SvelteKit's resolver.
import { Server } from 'socket.io';

export const IO_KEY = Symbol.for('goed-digitaal-bestuur.io');

/** Largest socket message accepted, in bytes. Every payload we expect is far below this. */
export const MAX_SOCKET_PAYLOAD_BYTES = 64 * 1024;

/**
 * Accept the upgrade only from a page on our own host. Browsers send Origin on every WebSocket
 * handshake, so this blocks cross-site socket hijacking; Node clients (tests, benchmarks) send none.
 * @param {import('node:http').IncomingMessage} req
 * @returns {boolean}
 */
export function isSameOriginHandshake(req) {
	const origin = req.headers.origin;
	if (!origin) return true;
	try {
		return new URL(origin).host === req.headers.host;
	} catch {
		return false;
	}
}

/**
 * @param {import('node:http').Server} httpServer
 * @returns {Server}
 */
export function createIoServer(httpServer) {
	const g = /** @type {Record<symbol, Server | undefined>} */ (/** @type {unknown} */ (globalThis));
	g[IO_KEY]?.close();
	const io = new Server(httpServer, {
		maxHttpBufferSize: MAX_SOCKET_PAYLOAD_BYTES,
		// A heartbeat every 2 s, judged with tolerance. A phone that hears none for 4 s (a tunnel,
		// a dead wifi) says it is offline and holds its writes, but keeps the connection: if the
		// heartbeats come back it goes on (src/lib/realtime/client.svelte.ts). Only 20 s without
		// an answer closes a connection, on either side, so a busy server's late heartbeats never
		// drop healthy phones (each of which would then reconnect and add load).
		pingInterval: 2_000,
		pingTimeout: 20_000,
		connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
		allowRequest: (req, callback) => callback(null, isSameOriginHandshake(req))
	});
	g[IO_KEY] = io;
	return io;
}
