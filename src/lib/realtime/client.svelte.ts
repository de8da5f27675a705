// The one live connection of a screen: connects with the page's cookies, applies the patches its
// audience gets, resyncs the whole state whenever Socket.IO could not recover the session (or the
// server asks), and keeps `status` for the screen. Each surface (dashboard, beamer, phone) makes
// one and shares it with its parts through a context (./surfaces.ts).
import { io, type Socket } from 'socket.io-client';
import { applyPatch, type Patch } from '$lib/workshop/patch';
import type {
	Ack,
	AckData,
	ClientToServerEvents,
	HandshakeAuth,
	ServerToClientEvents,
	Snapshot
} from './events';
import type { MyState } from '$lib/workshop/state';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';

/** How long an emit waits for its ack: a phone must never replay a stale buffered write. */
export const ACK_TIMEOUT_MS = 8000;
const REFUSALS = new Set(['INVALID_HANDSHAKE', 'UNAUTHORIZED', 'FORBIDDEN']);

export class LiveWorkshop<S extends Snapshot = Snapshot> {
	status = $state<ConnectionStatus>('connecting');
	snapshot = $state() as S;
	/** Server time minus this device's clock, so timers agree across screens. */
	clockOffsetMs = $state(0);
	readonly socket: Socket<ServerToClientEvents<S['state']>, ClientToServerEvents>;

	constructor(auth: HandshakeAuth, initial: S) {
		this.#setSnapshot(initial);
		// WebSocket first (quick to connect, and a closed tab is noticed at once); long-polling
		// only where a network blocks WebSockets.
		this.socket = io({
			auth,
			withCredentials: true,
			transports: ['websocket', 'polling'],
			tryAllTransports: true
		});
		this.socket.on('connect', () => {
			this.status = 'online';
			if (!this.socket.recovered) void this.resync();
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
		this.socket.on('presence:changed', (participants) => {
			if (this.snapshot.view === 'dashboard') this.snapshot.participants = participants;
		});
		this.socket.on('presence:count', (presence) => {
			if (this.snapshot.view === 'beamer') this.snapshot.presence = presence;
		});
		this.socket.on('mine:changed', (mine) => {
			if (this.snapshot.view === 'participant') this.snapshot.mine = mine;
		});
		this.socket.on('join-lock:changed', (locked) => {
			this.snapshot.joinLocked = locked;
		});
		if (typeof document !== 'undefined') {
			document.addEventListener('visibilitychange', this.#wake);
			window.addEventListener('online', this.#wake);
			window.addEventListener('pagehide', this.#leave);
			window.addEventListener('pageshow', this.#wake);
		}
	}

	/** Closing the tab or leaving the page: say goodbye, so presence updates at once. */
	#leave = () => {
		this.socket.disconnect();
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
		this.snapshot = snapshot;
		this.clockOffsetMs = snapshot.state.serverNow - Date.now();
	}

	async resync(): Promise<void> {
		const response = await this.request('state:sync', {});
		if (response.ok && response.data.view === this.snapshot.view) {
			this.#setSnapshot(response.data as S);
		}
	}

	/**
	 * A participant's write: sent with an ack timeout, and on success the participant's own
	 * inputs are replaced by what the server committed.
	 */
	async contribute<E extends keyof ClientToServerEvents>(
		event: E,
		payload: Parameters<ClientToServerEvents[E]>[0]
	): Promise<Ack<AckData<E>>> {
		const response = await this.request(event, payload);
		if (
			response.ok &&
			this.snapshot.view === 'participant' &&
			response.data &&
			typeof response.data === 'object' &&
			'votes' in response.data
		) {
			this.snapshot.mine = response.data as unknown as MyState;
		}
		return response;
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
		if (typeof document !== 'undefined') {
			document.removeEventListener('visibilitychange', this.#wake);
			window.removeEventListener('online', this.#wake);
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
