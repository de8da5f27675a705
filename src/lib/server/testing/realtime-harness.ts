// Test support: a real HTTP server with the app's Socket.IO setup on a free port, and helpers to
// make facilitators, workshops and participants with the cookies their browsers would carry.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import type {
	ClientToServerEvents,
	HandshakeAuth,
	ServerToClientEvents as Events
} from '$lib/realtime/events';
import type { AnyState } from '$lib/workshop/state';
import { SESSION_COOKIE, createFacilitator, createSession, generateSessionToken } from '../auth';
import { closeDb } from '../db';
import { registerRealtime } from '../realtime';
import { createIoServer } from '../realtime/io-server.js';
import type { AppServer } from '../realtime/types';
import { execute } from '../workshops/command';
import { join, participantCookieName } from '../workshops/participants';
import { createWorkshop } from '../workshops/workshops';

/** What a test's socket may receive: any audience's events. */
type ServerToClientEvents = Events<AnyState>;

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Harness {
	io: AppServer;
	url: string;
	connect(auth: HandshakeAuth | Record<string, unknown>, cookie?: string): TestClient;
	close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
	closeDb();
	const http: HttpServer = createServer();
	const io = createIoServer(http) as AppServer;
	registerRealtime(io);
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	const clients: TestClient[] = [];
	return {
		io,
		url,
		connect(auth, cookie) {
			const client: TestClient = connect(url, {
				auth,
				transports: ['websocket'],
				reconnection: false,
				forceNew: true,
				extraHeaders: cookie ? { cookie } : {}
			});
			clients.push(client);
			return client;
		},
		async close() {
			for (const client of clients) client.disconnect();
			await new Promise<void>((resolve) => io.close(() => resolve()));
			closeDb();
		}
	};
}

/** An ack envelope as a test reads it. */
export type Reply = { ok: boolean; error?: string; data?: unknown };

/**
 * Emits any event name with any arguments and waits for the ack (3 s at most): for tests that
 * send what the typed event map would not allow, such as unknown events and hostile payloads.
 */
export function sendRaw(client: TestClient, event: string, ...args: unknown[]): Promise<Reply> {
	return (
		client.timeout(3000).emitWithAck as unknown as (e: string, ...a: unknown[]) => Promise<Reply>
	)(event, ...args);
}

let counter = 0;

/** A facilitator with a signed-in session: returns its id and the Cookie header of its browser. */
export async function signedInFacilitator() {
	counter++;
	const facilitator = await createFacilitator({
		email: `begeleider${counter}@gemeente.nl`,
		displayName: `Begeleider ${counter}`,
		password: 'a long test password'
	});
	const token = generateSessionToken();
	createSession(token, facilitator.id);
	return { facilitator, cookie: `${SESSION_COOKIE}=${token}` };
}

export function workshopOf(ownerId: string, title = 'Cameratoezicht') {
	return createWorkshop(ownerId, {
		title,
		organisation: 'Gemeente Utrecht',
		caseDescription: 'Camera’s in de binnenstad',
		scheduledOn: '2026-12-01',
		language: 'nl'
	});
}

/** A participant of a workshop and the Cookie header of its phone. */
export function joinedParticipant(workshopId: string, name: string) {
	const { result } = execute(workshopId, { kind: 'newcomer' }, (ctx) =>
		join(ctx, { displayName: name, language: 'nl' })
	);
	return {
		participant: { id: result.participantId, displayName: name },
		cookie: `${participantCookieName(workshopId)}=${result.token}`
	};
}

/** Resolves with the connect_error message, or 'connected'. */
export function connectionOutcome(client: TestClient): Promise<string> {
	return new Promise((resolve) => {
		client.once('connect', () => resolve('connected'));
		client.once('connect_error', (error) => resolve(error.message));
	});
}

/** The next patch that has an operation matching `wanted`, or a rejection after `ms`. */
export function nextPatch(
	client: TestClient,
	wanted: (op: Record<string, unknown>) => boolean,
	ms = 2000
): Promise<Record<string, unknown>[]> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no such patch within ${ms} ms`)), ms);
		const listener = (patch: unknown) => {
			const ops = patch as Record<string, unknown>[];
			if (!ops.some(wanted)) return;
			clearTimeout(timer);
			client.off('state:patch', listener);
			resolve(ops);
		};
		client.on('state:patch', listener);
	});
}

/**
 * Everything this phone was sent so far has arrived: the facilitator makes a change every phone
 * hears (a timer reset), and a socket delivers in order. Lets a test say "this phone heard
 * nothing" without sleeping.
 */
export async function barrier(
	dashboard: TestClient,
	phone: TestClient,
	step: number
): Promise<void> {
	const heard = nextPatch(phone, (op) => op.upsert === 'steps');
	const reply = await sendRaw(dashboard, 'timer:control', { step, action: 'reset' });
	if (!reply.ok) throw new Error(`barrier refused: ${reply.error}`);
	await heard;
}

/** The next event of this name, or a rejection after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents & string>(
	client: TestClient,
	event: E,
	ms = 2000
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
		client.once(event, ((payload: Parameters<ServerToClientEvents[E]>[0]) => {
			clearTimeout(timer);
			resolve(payload);
		}) as never);
	});
}
