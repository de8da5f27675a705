// The Socket.IO contract between server and clients: event maps, the ack envelope and error codes.
// Shared by src/lib/server/realtime (server) and src/lib/realtime/client.svelte.ts (browser).
import type { Language } from '../codio/steps';
import type { StepSetPayload } from '../schemas/step';

export const ERROR_CODES = [
	'INVALID_PAYLOAD',
	'FORBIDDEN',
	'NOT_FOUND',
	'RATE_LIMITED',
	'INTERNAL',
	// Client-side only: no answer came within the ack timeout.
	'TIMEOUT'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Errors a handshake can fail with; the client reads them from `connect_error`. */
export type HandshakeError = 'INVALID_HANDSHAKE' | 'UNAUTHORIZED' | 'FORBIDDEN';

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorCode };
export type AckCallback<T> = (response: Ack<T>) => void;

/** Which screen a socket belongs to; sent in `socket.handshake.auth`. */
export type View = 'dashboard' | 'beamer' | 'participant';
export interface HandshakeAuth {
	workshopId: string;
	view: View;
}

export interface StepState {
	step: number;
	changedAt: number;
}

export interface ParticipantPresence {
	id: string;
	displayName: string;
	online: boolean;
	joinedAt: number;
}

export interface WorkshopSummary {
	id: string;
	title: string;
	organisation: string;
	language: Language;
	joinCode: string;
}

/** The full state a client needs after (re)connecting. */
export interface Snapshot {
	workshop: WorkshopSummary;
	step: StepState;
	/** Only for the facilitator's dashboard and beamer. */
	participants: ParticipantPresence[] | null;
	/** Only for a participant: who they are. */
	you: { id: string; displayName: string } | null;
}

export interface ClientToServerEvents {
	'state:sync': (payload: Record<string, never>, ack: AckCallback<Snapshot>) => void;
	'step:set': (payload: StepSetPayload, ack: AckCallback<StepState>) => void;
}

export interface ServerToClientEvents {
	'step:changed': (state: StepState) => void;
	'presence:changed': (participants: ParticipantPresence[]) => void;
}

export type InterServerEvents = Record<string, never>;

export type SocketData =
	| {
			view: 'dashboard' | 'beamer';
			workshopId: string;
			facilitatorId: string;
			participantId?: never;
	  }
	| { view: 'participant'; workshopId: string; participantId: string; facilitatorId?: never };

/** What a client event's ack carries when it succeeds. */
export type AckData<E extends keyof ClientToServerEvents> =
	Parameters<ClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;
