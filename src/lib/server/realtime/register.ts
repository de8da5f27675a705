import { execute } from '../workshops/command';
import { seen } from '../workshops/participants';
import { budgetsOf } from './budgets-of';
import { ACCESS_SWEEP_MS, sweepFacilitatorSockets } from './facilitator-access';
import { registerHandlers } from './handlers';
import { authenticateHandshake } from './handshake';
import { PRESENCE_GRACE_MS, isConnected } from './presence';
import { publishPresence } from './publish';
import {
	beamerRoom,
	dashboardRoom,
	participantRoom,
	participantsRoom,
	sessionRoom,
	workshopRoom
} from './rooms';
import type { AppServer, AppSocket } from './types';
import { errorFields, logger, requestIdFrom } from '../log.js';

/** Sockets one participant may hold open at once (tabs, a reconnect overlapping the old one). */
const MAX_SOCKETS_PER_PARTICIPANT = 10;

/** Notes when a phone was last seen: it counts as present for a grace period after. */
const touch = (workshopId: string, participantId: string) =>
	execute(workshopId, { kind: 'system', job: 'presence' }, (ctx) => seen(ctx, participantId));

/** A participant socket closed: remember when, and update presence once the grace is over. */
function participantDisconnected(io: AppServer, workshopId: string, participantId: string): void {
	touch(workshopId, participantId);
	if (isConnected(io, participantId)) return;
	setTimeout(() => {
		if (!isConnected(io, participantId)) publishPresence(io, workshopId, participantId);
	}, PRESENCE_GRACE_MS + 50).unref();
}

/**
 * One line when a socket connects and one when it closes: the request id of its handshake, which
 * screen, which workshop (an id), how it ended and after how long. Nobody's name or token.
 */
function logConnection(socket: AppSocket): void {
	const started = Date.now();
	const line = {
		reqId: requestIdFrom(socket.request.headers['x-request-id']),
		socket: socket.id,
		view: socket.data.view,
		workshop: socket.data.workshopId,
		transport: socket.conn.transport.name
	};
	logger().info(line, 'socket connected');
	socket.on('disconnect', (reason) =>
		logger().info(
			{ ...line, reason, seconds: Math.round((Date.now() - started) / 1000) },
			'socket disconnected'
		)
	);
}

function onConnection(io: AppServer, socket: AppSocket) {
	const identity = socket.data;
	logConnection(socket);
	socket.join(workshopRoom(identity.workshopId));
	if (identity.view === 'participant') {
		socket.join([participantRoom(identity.participantId), participantsRoom(identity.workshopId)]);
		touch(identity.workshopId, identity.participantId);
		publishPresence(io, identity.workshopId, identity.participantId);
		socket.on('disconnect', () =>
			participantDisconnected(io, identity.workshopId, identity.participantId)
		);
	} else {
		socket.join(
			identity.view === 'dashboard'
				? dashboardRoom(identity.workshopId)
				: beamerRoom(identity.workshopId)
		);
		socket.join(sessionRoom(identity.sessionId));
	}
	registerHandlers(io, socket);
	// An event nobody handles still gets an answer, so a client never waits for nothing.
	socket.onAny((event: string, ...args: unknown[]) => {
		const ack = args.at(-1);
		if (socket.listeners(event as never).length === 0 && typeof ack === 'function') {
			ack({ ok: false, error: 'UNKNOWN_EVENT' });
		}
	});
}

const HANDLER = Symbol.for('goed-digitaal-bestuur.io.handler');
const REGISTERED = Symbol.for('goed-digitaal-bestuur.io.registered');
type Registry = typeof globalThis & { [HANDLER]?: (io: AppServer, socket: AppSocket) => void };
type Marked = AppServer & { [REGISTERED]?: boolean };

/**
 * Installs authentication and the event handlers on the process's Socket.IO server. Called from
 * the `init` hook; in dev it may run again after a reload, and new connections then get the newest
 * handler code while the middleware and listener are installed only once.
 */
export function registerRealtime(io: AppServer): void {
	(globalThis as Registry)[HANDLER] = onConnection;
	const marked = io as Marked;
	if (marked[REGISTERED]) return;
	marked[REGISTERED] = true;
	io.use((socket, next) => {
		try {
			const result = authenticateHandshake(socket.handshake.auth, socket.handshake.headers.cookie);
			if (!result.ok) return next(new Error(result.error));
			// A participant's tabs and reconnects: a few. Many more is a script, not a person.
			const { data } = result;
			if (
				data.view === 'participant' &&
				(io.of('/').adapter.rooms.get(participantRoom(data.participantId))?.size ?? 0) >=
					MAX_SOCKETS_PER_PARTICIPANT
			) {
				return next(new Error('RATE_LIMITED'));
			}
			socket.data = result.data;
			next();
		} catch (error) {
			logger().error({ err: errorFields(error, { frames: true }) }, 'socket handshake failed');
			next(new Error('UNAUTHORIZED'));
		}
	});
	io.on('connection', (socket) => (globalThis as Registry)[HANDLER]!(io, socket));
	// Sessions end (expiry, sign-out elsewhere) and co-facilitators are removed while screens are
	// open and quiet: close what no longer has access.
	setInterval(() => {
		try {
			sweepFacilitatorSockets(io);
			budgetsOf(io).sweep();
		} catch (error) {
			logger().error({ err: errorFields(error, { frames: true }) }, 'socket access sweep failed');
		}
	}, ACCESS_SWEEP_MS).unref();
}
