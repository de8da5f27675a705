// The Socket.IO contract between server and clients: event maps, the ack envelope, error codes and
// what each audience gets on (re)connect. Shared by src/lib/server/realtime (server) and
// src/lib/realtime/client.svelte.ts (browser).
import type { z } from 'zod';
import type { Language } from '../language';
import type * as contributions from '../schemas/contributions';
import type * as facilitation from '../schemas/facilitation';
import type { StepSetPayload } from '../schemas/step';
import type { Patch } from '../workshop/patch';
import type {
	AnyState,
	BeamerState,
	FacilitatorState,
	MyState,
	ParticipantProfile,
	ParticipantState
} from '../workshop/state';

export const ERROR_CODES = [
	'INVALID_PAYLOAD',
	// No such event.
	'UNKNOWN_EVENT',
	'FORBIDDEN',
	// A facilitator's sign-in session has ended, or no longer gives access to this workshop.
	'UNAUTHORIZED',
	'NOT_FOUND',
	'RATE_LIMITED',
	// The current step's kind does not take this write.
	'WRONG_STEP',
	// The facilitator has locked input for this step.
	'LOCKED',
	// More dots than the budget, or more on one value than allowed.
	'BUDGET_EXCEEDED',
	'VALUE_LIMIT',
	// Others' work depends on it (a value others voted on, an action that became a commitment).
	'IN_USE',
	// The participant, or the whole workshop, has added as many of these as an installation allows.
	'LIMIT_REACHED',
	'INTERNAL',
	// Client-side only: no answer came within the ack timeout.
	'TIMEOUT'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

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

export interface WorkshopSummary {
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

type Write<S extends z.ZodType, R> = (payload: z.input<S>, ack: AckCallback<R>) => void;

/** What phones send: additions answer with the id, inputs with the participant's own inputs. */
export interface ParticipantEvents {
	'profile:set': Write<typeof contributions.profileSchema, MyState>;
	'card:add': Write<typeof contributions.caseCardSchema, Added>;
	'value:add': Write<typeof contributions.ownValueSchema, Added>;
	'vote:set': Write<typeof contributions.voteSchema, MyState>;
	'tension:add': Write<typeof contributions.tensionSchema, Added>;
	'action:propose': Write<typeof contributions.actionProposalSchema, Added>;
	'rating:set': Write<typeof contributions.ratingSchema, MyState>;
	'commitment:volunteer': Write<typeof contributions.volunteerSchema, MyState>;
	'reflection:set': Write<typeof contributions.reflectionSchema, MyState>;
	'closing:set': Write<typeof contributions.closingSchema, MyState>;
	'status:report': Write<typeof contributions.statusRoundSchema, null>;
	// A participant's own card, action or value: edit or withdraw while its step is open.
	'card:edit-own': Write<typeof contributions.ownCardEditSchema, MyState>;
	'card:withdraw': Write<typeof contributions.withdrawSchema, MyState>;
	'value:edit-own': Write<typeof contributions.ownValueEditSchema, MyState>;
	'value:withdraw': Write<typeof contributions.withdrawSchema, MyState>;
}
export type ParticipantEvent = keyof ParticipantEvents;

/** What only the facilitator's dashboard sends. */
export interface FacilitatorEvents {
	'step:set': (payload: StepSetPayload, ack: AckCallback<StepState>) => void;
	'timer:control': Write<typeof facilitation.timerSchema, null>;
	'step:flags': Write<typeof facilitation.stepFlagsSchema, null>;
	'step:edit': Write<typeof facilitation.stepEditSchema, null>;
	'card:edit': Write<typeof facilitation.cardEditSchema, null>;
	'card:merge': Write<typeof facilitation.cardMergeSchema, null>;
	'action:add': Write<typeof facilitation.facilitatorActionSchema, null>;
	'action:link': Write<typeof facilitation.actionLinkSchema, null>;
	'action:select': Write<typeof facilitation.actionSelectSchema, null>;
	'commitment:add': Write<typeof facilitation.commitmentAddSchema, null>;
	'value:select': Write<typeof facilitation.valueSelectSchema, null>;
	'value:edit': Write<typeof facilitation.valueEditSchema, null>;
	'value:create': Write<typeof facilitation.valueCreateSchema, null>;
	'voting:rules': Write<typeof facilitation.votingRulesSchema, null>;
	'tension:hide': Write<typeof facilitation.tensionHideSchema, null>;
	'commitment:update': Write<typeof facilitation.commitmentUpdateSchema, null>;
	'participant:remove': Write<typeof facilitation.participantRemoveSchema, null>;
	'workshop:join-lock': Write<typeof facilitation.joinLockSchema, null>;
	'display:set': Write<typeof facilitation.displaySchema, null>;
	/** Turns the beamer's page (when its content does not fit on one screen). */
	'beamer:page': Write<typeof facilitation.beamerPageSchema, null>;
}
export type FacilitatorEvent = keyof FacilitatorEvents;

export interface ClientToServerEvents extends ParticipantEvents, FacilitatorEvents {
	'state:sync': (payload: Record<string, never>, ack: AckCallback<Snapshot>) => void;
}

/** A patch of one audience's state (for the server, which sends each audience its own). */
type PatchFor<S extends AnyState> = S extends unknown ? Patch<S> : never;

export interface ServerToClientEvents<S extends AnyState = AnyState> {
	'step:changed': (state: StepState) => void;
	/** Who joined, left or was removed (the dashboard): just those. */
	'presence:changed': (update: PresenceUpdate) => void;
	/** How many joined and are here (the beamer). */
	'presence:count': (count: PresenceCount) => void;
	/** What changed, as this screen's audience may see it. */
	'state:patch': (patch: PatchFor<S>) => void;
	/** A patch could not be made: fetch the whole state again. */
	'state:resync': () => void;
	/** This participant's own inputs changed (from another tab of theirs). */
	'mine:changed': (mine: MyState) => void;
	/** The facilitator turns the beamer's page: +1 forward, -1 back. */
	'beamer:page': (delta: 1 | -1) => void;
	'join-lock:changed': (locked: boolean) => void;
}

export type InterServerEvents = Record<string, never>;

export type SocketData =
	| {
			view: 'dashboard' | 'beamer';
			workshopId: string;
			facilitatorId: string;
			/** The sign-in session the socket came with: signing out closes its sockets. */
			sessionId: string;
			participantId?: never;
	  }
	| { view: 'participant'; workshopId: string; participantId: string; facilitatorId?: never };

/** What a client event's ack carries when it succeeds. */
export type AckData<E extends keyof ClientToServerEvents> =
	Parameters<ClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;
