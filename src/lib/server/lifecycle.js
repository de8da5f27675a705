// Whether the process is shutting down: server.js says so on SIGTERM, /readyz answers 503 from
// then on, so a proxy or Kubernetes stops sending new phones before the server closes.
// Plain JavaScript on globalThis, like io-server.js: server.js and the bundle share the flag.
const SHUTTING_DOWN = Symbol.for('goed-digitaal-bestuur.shutting-down');

/** @type {Record<symbol, boolean | undefined>} */
const g = /** @type {any} */ (globalThis);

export function markShuttingDown() {
	g[SHUTTING_DOWN] = true;
}

/** @returns {boolean} */
export function isShuttingDown() {
	return g[SHUTTING_DOWN] === true;
}
