// The process's one logger: JSON lines (pino) with times in UTC, level from LOG_LEVEL (default
// info), to stdout or to LOG_FILE. Human-readable (pino-pretty) when LOG_FORMAT=pretty, or in
// development when pino-pretty is installed and stdout is a terminal.
// Plain JavaScript on purpose, like io-server.js: server.js imports it outside SvelteKit's
// bundle, and the bundle's copy finds the same logger on globalThis.
//
// What goes in a log line is our choice, never a whole object from outside: no names, e-mail
// addresses, card texts, tokens or query strings. A request is logged by its route (`/s/[token]`),
// not its path; an error by its class and code, not its message (an SMTP error quotes addresses).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import pino from 'pino';

const LOGGER_KEY = Symbol.for('goed-digitaal-bestuur.logger');
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** @returns {import('pino').DestinationStream | undefined} */
function prettyStream() {
	const wanted =
		process.env.LOG_FORMAT === 'pretty' ||
		(!process.env.LOG_FORMAT && process.env.NODE_ENV !== 'production' && process.stdout.isTTY);
	if (!wanted || process.env.LOG_FILE) return undefined;
	try {
		// A development dependency: absent from the image, where logs are always JSON.
		const pretty = createRequire(import.meta.url)('pino-pretty');
		return pretty({ colorize: true, translateTime: 'UTC:yyyy-mm-dd HH:MM:ss.l', sync: true });
	} catch {
		return undefined;
	}
}

/** @returns {import('pino').Logger} */
function create() {
	const level = LEVELS.includes(process.env.LOG_LEVEL ?? '') ? process.env.LOG_LEVEL : 'info';
	const destination = process.env.LOG_FILE
		? pino.destination({ dest: process.env.LOG_FILE, sync: true, mkdir: true })
		: (prettyStream() ?? pino.destination({ dest: 1, sync: true }));
	return pino(
		{
			level,
			base: { service: 'goed-digitaal-bestuur' },
			timestamp: pino.stdTimeFunctions.isoTime,
			formatters: { level: (label) => ({ level: label }) }
		},
		destination
	);
}

/** The process's logger. */
export function logger() {
	const g = /** @type {Record<symbol, import('pino').Logger | undefined>} */ (
		/** @type {unknown} */ (globalThis)
	);
	g[LOGGER_KEY] ??= create();
	return g[LOGGER_KEY];
}

/**
 * What may be said of an error: its class and code (SQLITE_BUSY, ECONNREFUSED, EAUTH) and, for
 * the unexpected, where it was thrown (the stack's frames), never its message, which may quote
 * what a user typed or an address.
 * @param {unknown} error
 * @param {{ frames?: boolean }} [options]
 * @returns {{ type: string, code?: string, frames?: string }}
 */
export function errorFields(error, options = {}) {
	if (!(error instanceof Error)) return { type: typeof error };
	const code = /** @type {{ code?: unknown }} */ (error).code;
	const frames = options.frames
		? (error.stack ?? '')
				.split('\n')
				.filter((line) => /^\s+at /.test(line))
				.map((line) => line.trim())
				.join(' | ')
		: undefined;
	return {
		type: error.name,
		...(typeof code === 'string' ? { code } : {}),
		...(frames ? { frames } : {})
	};
}

const REQUEST_ID = /^[\w.:-]{8,64}$/;

/**
 * The request's id: the proxy's X-Request-Id when it looks like one, else a new one.
 * @param {string | string[] | undefined} header
 * @returns {string}
 */
export function requestIdFrom(header) {
	const value = Array.isArray(header) ? header[0] : header;
	return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * How a request is named in the log when SvelteKit did not name its route: Socket.IO's endpoint,
 * the build's own files, or just "static" (a path may carry a token).
 * @param {string | undefined} url
 * @returns {string}
 */
export function unroutedName(url) {
	const path = (url ?? '').split('?')[0] ?? '';
	if (path.startsWith('/socket.io/')) return '/socket.io/';
	if (path.startsWith('/_app/')) return '/_app/*';
	return '(static or unknown)';
}
