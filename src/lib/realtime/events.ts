// The Socket.IO contract between server and clients: event maps, the ack envelope and what each
// audience gets on (re)connect. The events are derived from the maps of event schemas (the core
// aggregates' in src/lib/schemas, each step kind's in its folder), so a new event is declared once.
// Every audience has its own types: a screen's socket is typed by its snapshot, so a phone's sync
// cannot be answered with the dashboard's state, nor a dashboard's patch sent to a phone.
import type { z } from 'zod';
import type { Language } from '../language';
import type * as cards from '../schemas/cards';
import type * as catalogue from '../schemas/catalogue';
import type * as commitments from '../schemas/commitments';
import type { Answer, EventSpec } from '../schemas/event';
import type * as participants from '../schemas/participants';
import type * as room from '../schemas/room';
import type * as steps from '../schemas/steps';
import type { StepKindTypes } from '../steps';
import type { ErrorCode } from '../vocabulary';
import type { Patch } from '../workshop/patch';
import type {
	AnyState,
	BeamerState,
	FacilitatorState,
	MyState,
	ParticipantProfile,
	ParticipantState
} from '../workshop/state';

export type { ErrorCode } from '../vocabulary';

/** Errors a handshake can fail with; the client reads them from `connect_error`. */
export type HandshakeError = 'INVALID_HANDSHAKE' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'RATE_LIMITED';

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorCode };
export type AckCallback<T> = (response: Ack<T>) => void;

/** Which screen a socket belongs to; sent in `socket.handshake.auth`. */
export type View = 'dashboard' | 'beamer' | 'participant';
export interface HandshakeAuth {
	workshopId: string;
	view: View;
}

export interface StepState {
	/** The number of the step the room is in. */
	step: number;
	changedAt: number;
}

export interface ParticipantPresence extends ParticipantProfile {
	online: boolean;
	joinedAt: number;
}

/**
 * Whose presence changed: their entries as they are now, and those no longer listed (removed).
 * The dashboard merges it into its list (src/lib/realtime/presence.ts).
 */
export interface PresenceUpdate {
	participants: ParticipantPresence[];
	gone: string[];
}

/** What the room's screen knows of who is here. */
export interface PresenceCount {
	total: number;
	online: number;
}

interface WorkshopSummary {
	id: string;
	title: string;
	organisation: string;
	language: Language;
	joinCode: string;
	method: string;
}

interface SnapshotBase {
	workshop: WorkshopSummary;
	step: StepState;
	/** Whether new participants can still join. */
	joinLocked: boolean;
}

/** The whole state each screen gets on (re)connect; patches follow. */
export interface DashboardSnapshot extends SnapshotBase {
	view: 'dashboard';
	participants: ParticipantPresence[];
	state: FacilitatorState;
}
export interface BeamerSnapshot extends SnapshotBase {
	view: 'beamer';
	presence: PresenceCount;
	state: BeamerState;
}
export interface ParticipantSnapshot extends SnapshotBase {
	view: 'participant';
	/** Who this phone is. */
	you: { id: string; displayName: string };
	state: ParticipantState;
	/** This participant's own inputs. */
	mine: MyState;
}
export type Snapshot = DashboardSnapshot | BeamerSnapshot | ParticipantSnapshot;

/** The answer to a participant's addition: the id of the stored card, value or tension. */
export interface Added {
	id: string;
}

type AnswerOf<A extends Answer> = {
	mine: MyState;
	added: Added;
	step: StepState;
	none: null;
}[A];

type Joined<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
	? I
	: never;

type Writes<Map> = {
	[E in keyof Map]: Map[E] extends EventSpec<infer Schema, infer A>
		? (payload: z.input<Schema>, ack: AckCallback<AnswerOf<A>>) => void
		: never;
};

/** The participant events' specs: the core aggregates' and every kind's. */
type ParticipantEventSpecs = typeof participants.participantEvents &
	typeof cards.participantEvents &
	typeof commitments.participantEvents &
	Joined<StepKindTypes['participant']>;

/** The facilitator events' specs: the core aggregates' and every kind's. */
type FacilitatorEventSpecs = typeof steps.facilitatorEvents &
	typeof participants.facilitatorEvents &
	typeof cards.facilitatorEvents &
	typeof catalogue.facilitatorEvents &
	typeof commitments.facilitatorEvents &
	typeof room.facilitatorEvents &
	Joined<StepKindTypes['facilitator']>;

/** What phones send: additions answer with the id, inputs with the participant's own inputs. */
type ParticipantEvents = Writes<ParticipantEventSpecs>;
export type ParticipantEvent = keyof ParticipantEvents & string;

/** What only the facilitator's dashboard sends. */
type FacilitatorEvents = Writes<FacilitatorEventSpecs>;
export type FacilitatorEvent = keyof FacilitatorEvents & string;

/** What a screen sends; its sync is answered with its own snapshot. */
export type ClientToServerEvents<S extends Snapshot = Snapshot> = ParticipantEvents &
	FacilitatorEvents & {
		'state:sync': (payload: Record<string, never>, ack: AckCallback<S>) => void;
	};

/** What a screen of one audience receives: patches of that audience's state only. */
export interface ServerToClientEvents<S extends AnyState> {
	'step:changed': (state: StepState) => void;
	/** Who joined, left or was removed (the dashboard): just those. */
	'presence:changed': (update: PresenceUpdate) => void;
	/** How many joined and are here (the beamer). */
	'presence:count': (count: PresenceCount) => void;
	/** What changed, as this screen's audience may see it. */
	'state:patch': (patch: Patch<S>) => void;
	/** A patch could not be made: fetch the whole state again. */
	'state:resync': () => void;
	/** This participant's own inputs changed (from another tab of theirs). */
	'mine:changed': (mine: MyState) => void;
	/** The facilitator turns the beamer's page: +1 forward, -1 back. */
	'beamer:page': (delta: 1 | -1) => void;
	'join-lock:changed': (locked: boolean) => void;
}

export type InterServerEvents = Record<string, never>;

export interface FacilitatorSocketData {
	view: 'dashboard' | 'beamer';
	workshopId: string;
	facilitatorId: string;
	/** The sign-in session the socket came with: signing out closes its sockets. */
	sessionId: string;
	participantId?: never;
}
export interface ParticipantSocketData {
	view: 'participant';
	workshopId: string;
	participantId: string;
	facilitatorId?: never;
}
export type SocketData = FacilitatorSocketData | ParticipantSocketData;

/** What a client event's ack carries when it succeeds. */
export type AckData<E extends keyof ClientToServerEvents> =
	Parameters<ClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;
