// The one live connection of a page: connects with the page's cookies, resyncs the full state
// whenever Socket.IO could not recover the session, and keeps `status` for the screen.
import { io, type Socket } from 'socket.io-client';
import type {
	Ack,
	AckData,
	ClientToServerEvents,
	HandshakeAuth,
	ServerToClientEvents,
	Snapshot
} from './events';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';
type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long an emit waits for its ack: a phone must never replay a stale buffered write. */
export const ACK_TIMEOUT_MS = 8000;
const REFUSALS = new Set(['INVALID_HANDSHAKE', 'UNAUTHORIZED', 'FORBIDDEN']);

export class LiveWorkshop {
	status = $state<ConnectionStatus>('connecting');
	snapshot = $state<Snapshot>() as Snapshot;
	readonly socket: ClientSocket;

	constructor(auth: HandshakeAuth, initial: Snapshot) {
		this.snapshot = initial;
		this.socket = io({ auth, withCredentials: true });
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
		this.socket.on('presence:changed', (participants) => {
			this.snapshot.participants = participants;
		});
		if (typeof document !== 'undefined') {
			document.addEventListener('visibilitychange', this.#wake);
			window.addEventListener('online', this.#wake);
		}
	}

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

	async resync(): Promise<void> {
		const response = await this.request('state:sync', {});
		if (response.ok) this.snapshot = response.data;
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

	close(): void {
		if (typeof document !== 'undefined') {
			document.removeEventListener('visibilitychange', this.#wake);
			window.removeEventListener('online', this.#wake);
		}
		this.socket.disconnect();
	}
}
