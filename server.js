// Production entry: one HTTP server for the SvelteKit app (adapter-node's handler) and Socket.IO.
// Honours PORT, HOST and ORIGIN; shuts down cleanly on SIGTERM and SIGINT.
import http from 'node:http';
import { REQUEST_MAX_BYTES } from './src/lib/server/body-limits.js';
import { createIoServer } from './src/lib/server/realtime/io-server.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

// Without ORIGIN, adapter-node assumes https and SvelteKit's CSRF check would refuse every form
// posted over plain http (a laptop in a meeting room, phones on its wifi). We then tell the
// handler the real protocol of each connection through a header we set ourselves.
const PROTOCOL_HEADER = 'x-goed-digitaal-bestuur-protocol';
const useConnectionProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (useConnectionProtocol) process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;

// adapter-node's body limit is one number for every route; importing an archive needs the most.
// Every other route is held to far less by the `handle` hook (src/lib/server/body-limits.js).
process.env.BODY_SIZE_LIMIT ??= String(REQUEST_MAX_BYTES);

/** @type {import('node:http').RequestListener} */
let kitHandler = (_req, res) => {
	res.statusCode = 503;
	res.end('starting');
};

// The listener is late-bound: Socket.IO wraps the existing 'request' listeners, so /socket.io/
// never reaches SvelteKit, and the io server exists before the handler's `init` hook runs.
const httpServer = http.createServer((req, res) => {
	if (useConnectionProtocol) {
		req.headers[PROTOCOL_HEADER] =
			'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
	}
	kitHandler(req, res);
});
const io = createIoServer(httpServer);
const { handler } = await import('./build/handler.js');
kitHandler = handler;

httpServer.listen(port, host, () => {
	console.log(`[server] Goed Digitaal Bestuur listens on http://${host}:${port}`);
});

let stopping = false;
function shutdown(/** @type {string} */ signal) {
	if (stopping) return;
	stopping = true;
	console.log(`[server] ${signal}: closing connections`);
	setTimeout(() => process.exit(0), 5000).unref();
	// io.close() disconnects every socket and closes the HTTP server; idle keep-alive connections
	// would hold that close open, so end them too. Requests in flight may finish (up to 5 s).
	io.close(() => process.exit(0));
	httpServer.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
