// The one live connection of a screen: connects with the page's cookies, applies the patches its
// audience gets, resyncs the whole state whenever Socket.IO could not recover the session (or the
// server asks), and keeps `status` for the screen. Each surface (dashboard, beamer, phone) makes
// one and shares it with its parts through a context (./surfaces.ts).
//
// A phone's writes go through an outbox (./outbox.svelte.ts): written while the connection is
// down (or when an answer does not come), a write waits, kept on the device, and goes out in order
// once the connection is back; the screen shows it as waiting, then sent, or refused with why.
import { io, type Socket } from 'socket.io-client';
import { withQueued, type QueuedWrite } from '$lib/workshop/outbox';
import { applyPatch, type Patch } from '$lib/workshop/patch';
import type {
	Ack,
	AckData,
	ClientToServerEvents,
	HandshakeAuth,
	ParticipantEvent,
	ServerToClientEvents,
	Snapshot
} from './events';
import type { MyState } from '$lib/workshop/state';
import { Outbox } from './outbox.svelte';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';

/** How long an emit waits for its ack: a phone must never replay a stale buffered write. */
const ACK_TIMEOUT_MS = 5000;
/**
 * No heartbeat (every 2 s) for this long: the network is gone, or the server cannot answer now.
 * One heartbeat may come 1.5 s late; checked every half second, the badge says offline at most
 * 4 s after the last one, within the 5 s phones promise, on a busy device too.
 */
const SILENCE_MS = 3500;
/** No heartbeat for this long: the connection is dead, a new one replaces it. */
const DEAD_MS = 10_000;
const REFUSALS = new Set(['INVALID_HANDSHAKE', 'UNAUTHORIZED', 'FORBIDDEN']);

/** What a write comes back as: answered, or waiting in the outbox for its answer. */
export type Contribution<T> = Ack<T> | { ok: false; error: 'QUEUED'; delivered: Promise<Ack<T>> };

export class LiveWorkshop<S extends Snapshot = Snapshot> {
	status = $state<ConnectionStatus>('connecting');
	/** A phone's writes waiting for the connection, and those refused once they went out. */
	readonly outbox = new Outbox(() => {
		if (this.#serverMine) this.#setMine(this.#serverMine);
	});
	#serverMine: MyState | null = null;
	/** When the server was last heard (a heartbeat, or connecting). */
	#heard = 0;
	#watch: ReturnType<typeof setInterval> | undefined;
	snapshot = $state() as S;
	/** Server time minus this device's clock, so timers agree across screens. */
	clockOffsetMs = $state(0);
	readonly socket: Socket<ServerToClientEvents<S['state']>, ClientToServerEvents>;

	constructor(auth: HandshakeAuth, initial: S) {
		if (initial.view === 'participant') {
			this.outbox.restore(`gdb-outbox:${auth.workshopId}:${initial.you.id}`);
		}
		this.#setSnapshot(initial);
		// WebSocket first (quick to connect, and a closed tab is noticed at once); long-polling
		// only where a network blocks WebSockets.
		this.socket = io({
			auth,
			withCredentials: true,
			transports: ['websocket', 'polling'],
			tryAllTransports: true,
			// A connection attempt that gets no answer in 5 s has failed (a proxy that accepts and
			// then says nothing, a network that is not there): try again, and say so meanwhile.
			timeout: 5000
		});
		this.socket.on('connect', async () => {
			this.#heard = Date.now();
			this.status = 'online';
			if (!this.socket.recovered) await this.resync();
			void this.#flush();
		});
		// Silence says offline and holds writes, the connection stays; heartbeats again: back, and
		// whatever was missed meanwhile comes with a resync.
		this.socket.io.on('ping', () => {
			this.#heard = Date.now();
			if (this.status === 'offline' && this.socket.connected) {
				this.status = 'online';
				void this.resync().then(() => this.#flush());
			}
		});
		this.socket.on('disconnect', (reason) => {
			this.status = 'offline';
			// The server closed us on purpose (e.g. a restart): connect again ourselves.
			if (reason === 'io server disconnect') this.socket.connect();
		});
		this.socket.on('connect_error', (error) => {
			this.status = REFUSALS.has(error.message) ? 'refused' : 'offline';
		});
		this.socket.on('step:changed', (step) => {
			if (step.changedAt >= this.snapshot.step.changedAt) this.snapshot.step = step;
		});
		this.socket.on('state:patch', (patch) =>
			applyPatch<S['state']>(this.snapshot.state, patch as Patch<S['state']>)
		);
		this.socket.on('state:resync', () => void this.resync());
		this.socket.on('mine:changed', (mine) => this.#setMine(mine));
		// Presence and the join lock: the facilitator's screens add those (followRoom, ./presence.ts).
		if (typeof document !== 'undefined') {
			this.#watch = setInterval(() => {
				const silent = Date.now() - this.#heard;
				if (silent > SILENCE_MS && this.status === 'online') this.status = 'offline';
				// Still nothing after 10 s: the connection is dead (a heartbeat answer lost on the way is
				// never sent again), so a new one replaces it and recovers what was missed.
				if (silent > DEAD_MS && this.socket.connected) this.socket.io.engine.close();
			}, 500);
			document.addEventListener('visibilitychange', this.#wake);
			window.addEventListener('online', this.#wake);
			window.addEventListener('offline', this.#lost);
			window.addEventListener('pagehide', this.#leave);
			window.addEventListener('pageshow', this.#wake);
		}
	}

	/** Closing the tab or leaving the page: say goodbye, so presence updates at once. */
	#leave = () => {
		this.socket.disconnect();
	};

	/** The device says its network is gone: say so now, not at the next missed heartbeat. */
	#lost = () => {
		if (this.status === 'online') this.status = 'offline';
	};

	/** A phone woke up or found its network again: do not wait for the next reconnect attempt. */
	#wake = () => {
		if (
			document.visibilityState === 'visible' &&
			!this.socket.connected &&
			this.status !== 'refused'
		) {
			this.socket.connect();
		}
	};

	#setSnapshot(snapshot: S) {
		if (snapshot.view === 'participant') {
			this.#serverMine = snapshot.mine;
			snapshot = { ...snapshot, mine: withQueued(snapshot.mine, this.outbox.writes) };
		}
		this.snapshot = snapshot;
		this.clockOffsetMs = snapshot.state.serverNow - Date.now();
	}

	/** The participant's own inputs as the server has them, with what still waits laid over. */
	#setMine(mine: MyState) {
		if (this.snapshot.view !== 'participant') return;
		this.#serverMine = mine;
		this.snapshot.mine = withQueued(mine, this.outbox.writes);
	}

	async resync(): Promise<void> {
		const response = await this.request('state:sync', {});
		if (response.ok && response.data.view === this.snapshot.view) {
			this.#setSnapshot(response.data as S);
		} else if (!response.ok && ['RATE_LIMITED', 'TIMEOUT'].includes(response.error)) {
			// Too soon, or no answer: try again shortly, while the connection lasts.
			setTimeout(() => {
				if (this.socket.connected) void this.resync();
			}, 3000);
		}
	}

	/**
	 * A participant's write. Sent at once when the connection is up and nothing waits before it;
	 * otherwise (or when its answer does not come in time) it waits in the outbox, and the answer
	 * comes with `delivered` once it has gone out. On success the participant's own inputs are
	 * replaced by what the server committed.
	 */
	async contribute<E extends ParticipantEvent>(
		event: E,
		payload: Parameters<ClientToServerEvents[E]>[0]
	): Promise<Contribution<AckData<E>>> {
		if (this.status === 'online' && this.outbox.writes.length === 0) {
			const response = await this.#send(event, payload);
			// No answer in time: it may or may not have arrived, and sending it again is safe.
			if (response.ok || response.error !== 'TIMEOUT') return response;
		}
		const delivered = this.outbox.hold<AckData<E>>({
			id: (payload as { clientId?: string }).clientId ?? newClientId(),
			event,
			payload: payload as Record<string, unknown>
		});
		if (this.status === 'online') void this.#flush();
		return { ok: false, error: 'QUEUED', delivered };
	}

	async #send<E extends ParticipantEvent>(event: E, payload: unknown): Promise<Ack<AckData<E>>> {
		const response = await this.request(event, payload as Parameters<ClientToServerEvents[E]>[0]);
		if (
			response.ok &&
			response.data &&
			typeof response.data === 'object' &&
			'votes' in response.data
		) {
			this.#setMine(response.data as unknown as MyState);
		}
		return response;
	}

	/** Sends what waits in the outbox; a refused write had shown what was never stored. */
	async #flush(): Promise<void> {
		const refused = await this.outbox.flush(
			(write: QueuedWrite) => this.#send(write.event, write.payload),
			() => this.socket.connected
		);
		if (refused) void this.resync();
	}

	/** Emits with an ack and a timeout; a timeout or lost connection comes back as an error. */
	async request<E extends keyof ClientToServerEvents>(
		event: E,
		payload: Parameters<ClientToServerEvents[E]>[0]
	): Promise<Ack<AckData<E>>> {
		// socket.io's typed emitWithAck cannot follow a generic event name; the event maps keep it honest.
		const withTimeout = this.socket.timeout(ACK_TIMEOUT_MS) as unknown as {
			emitWithAck(event: string, payload: unknown): Promise<Ack<AckData<E>>>;
		};
		try {
			return await withTimeout.emitWithAck(event, payload);
		} catch {
			return { ok: false, error: 'TIMEOUT' };
		}
	}

	/** Now, on the server's clock. */
	serverNow(): number {
		return Date.now() + this.clockOffsetMs;
	}

	close(): void {
		clearInterval(this.#watch);
		if (typeof document !== 'undefined') {
			document.removeEventListener('visibilitychange', this.#wake);
			window.removeEventListener('online', this.#wake);
			window.removeEventListener('offline', this.#lost);
			window.removeEventListener('pagehide', this.#leave);
			window.removeEventListener('pageshow', this.#wake);
		}
		this.socket.disconnect();
	}
}

/** A fresh id for one write, so a retry of the same write is recognised by the server. */
export function newClientId(): string {
	// crypto.randomUUID needs a secure context; phones on a local network may use plain http.
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
