// Production entry: one HTTP server for the SvelteKit app (adapter-node's handler) and Socket.IO.
// Honours PORT, HOST and ORIGIN; logs one JSON line per request (src/lib/server/log.js); shuts
// down cleanly on SIGTERM and SIGINT.
import http from 'node:http';
import { REQUEST_MAX_BYTES } from './src/lib/server/body-limits.js';
import { markShuttingDown } from './src/lib/server/lifecycle.js';
import { logger, requestIdFrom, unroutedName } from './src/lib/server/log.js';
import { createIoServer } from './src/lib/server/realtime/io-server.js';

const log = logger();

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
	logRequest(req, res);
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
	log.info({ host, port }, 'listening');
});

/** Probes and scrapes come every few seconds: logged only at LOG_LEVEL=debug. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One line per request when its answer is sent (status 499 if the client left first): its id (the proxy's X-Request-Id or a new one,
 * echoed in the answer), the route SvelteKit matched (set by the `handle` hook; never the path,
 * which may carry a token), the status and the time taken.
 * @param {import('node:http').IncomingMessage & { gdbRoute?: string }} req
 * @param {import('node:http').ServerResponse} res
 */
function logRequest(req, res) {
	const started = performance.now();
	const reqId = requestIdFrom(req.headers['x-request-id']);
	res.setHeader('x-request-id', reqId);
	// 'close' comes also when the client went away before the answer was sent.
	res.once('close', () => {
		const route = req.gdbRoute ?? unroutedName(req.url);
		const line = {
			reqId,
			method: req.method,
			route,
			status: res.writableFinished ? res.statusCode : 499,
			ms: Math.round((performance.now() - started) * 10) / 10
		};
		if (QUIET_ROUTES.has(route)) log.debug(line, 'request');
		else log.info(line, 'request');
	});
}

/**
 * SIGTERM (Kubernetes, systemd, `podman stop`): first say "not ready" (/readyz answers 503) for
 * SHUTDOWN_DELAY_MS, so the proxy stops sending new phones here, then close every socket and the
 * HTTP server; requests in flight may finish. Exits within SHUTDOWN_DELAY_MS + 10 s at most.
 * SIGINT (Ctrl+C on a laptop) skips the delay.
 */
const SHUTDOWN_DELAY_MS = Math.max(0, Number(process.env.SHUTDOWN_DELAY_MS ?? 0) || 0);
let stopping = false;
function shutdown(/** @type {string} */ signal) {
	if (stopping) return;
	stopping = true;
	markShuttingDown();
	const delay = signal === 'SIGTERM' ? SHUTDOWN_DELAY_MS : 0;
	log.info({ signal, delayMs: delay }, 'shutting down: not ready');
	setTimeout(() => process.exit(0), delay + 10_000).unref();
	setTimeout(() => {
		log.info('closing connections');
		// io.close() disconnects every socket and closes the HTTP server; idle keep-alive
		// connections would hold that close open, so end them too.
		io.close(() => {
			log.info('stopped');
			process.exit(0);
		});
		httpServer.closeIdleConnections();
	}, delay).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
