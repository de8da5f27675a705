// The Socket.IO contract between server and clients: event maps, the ack envelope and error codes.
// Shared by src/lib/server/realtime (server) and src/lib/realtime/client.svelte.ts (browser).
import type { z } from 'zod';
import type { Language } from '../codio/steps';
import type * as contributions from '../schemas/contributions';
import type * as facilitation from '../schemas/facilitation';
import type { StepSetPayload } from '../schemas/step';
import type { StatePatch } from '../workshop/patch';
import type { MyState, ParticipantProfile, WorkshopState } from '../workshop/state';

export const ERROR_CODES = [
	'INVALID_PAYLOAD',
	// No such event.
	'UNKNOWN_EVENT',
	'FORBIDDEN',
	'NOT_FOUND',
	'RATE_LIMITED',
	// The step this write belongs to is not the current one.
	'WRONG_STEP',
	// The facilitator has locked input for this step.
	'LOCKED',
	// More dots than the budget, or more on one value than allowed.
	'BUDGET_EXCEEDED',
	'VALUE_LIMIT',
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

export interface ParticipantPresence extends ParticipantProfile {
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
	/** Whether new participants can still join. */
	joinLocked: boolean;
	/** Only for the facilitator's dashboard and beamer. */
	participants: ParticipantPresence[] | null;
	/** Only for a participant: who they are. */
	you: { id: string; displayName: string } | null;
	state: WorkshopState;
	/** Only for a participant: their own inputs. */
	mine: MyState | null;
}

/** The answer to a participant's addition: the id of the stored card, value or tension. */
export interface Added {
	id: string;
}

type In<S extends z.ZodType> = z.input<S>;
type Write<S extends z.ZodType, R> = (payload: In<S>, ack: AckCallback<R>) => void;

export interface ClientToServerEvents {
	'state:sync': (payload: Record<string, never>, ack: AckCallback<Snapshot>) => void;

	// Participants. Additions answer with the id of what was added (everyone gets it as a patch);
	// the others with the participant's own inputs as they now stand.
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

	// The facilitator's dashboard only.
	'step:set': (payload: StepSetPayload, ack: AckCallback<StepState>) => void;
	'timer:control': Write<typeof facilitation.timerSchema, null>;
	'step:flags': Write<typeof facilitation.stepFlagsSchema, null>;
	'step:edit': Write<typeof facilitation.stepEditSchema, null>;
	'card:edit': Write<typeof facilitation.cardEditSchema, null>;
	'card:merge': Write<typeof facilitation.cardMergeSchema, null>;
	'action:add': Write<typeof facilitation.facilitatorActionSchema, null>;
	'action:link': Write<typeof facilitation.actionLinkSchema, null>;
	'action:select': Write<typeof facilitation.actionSelectSchema, null>;
	'value:select': Write<typeof facilitation.valueSelectSchema, null>;
	'value:edit': Write<typeof facilitation.valueEditSchema, null>;
	'value:create': Write<typeof facilitation.valueCreateSchema, null>;
	'voting:rules': Write<typeof facilitation.votingRulesSchema, null>;
	'tension:hide': Write<typeof facilitation.tensionHideSchema, null>;
	'commitment:update': Write<typeof facilitation.commitmentUpdateSchema, null>;
	'participant:remove': Write<typeof facilitation.participantRemoveSchema, null>;
	'workshop:join-lock': Write<typeof facilitation.joinLockSchema, null>;
}

export interface ServerToClientEvents {
	'step:changed': (state: StepState) => void;
	'presence:changed': (participants: ParticipantPresence[]) => void;
	/** The workshop's content changed (coalesced; phones get the public version). */
	'state:changed': (state: WorkshopState) => void;
	/** One card, value or tension was added (at once, not coalesced; phones get the public version). */
	'state:patch': (patch: StatePatch) => void;
	/** This participant's own inputs changed (from another tab of theirs). */
	'mine:changed': (mine: MyState) => void;
	'join-lock:changed': (locked: boolean) => void;
}

export type InterServerEvents = Record<string, never>;

export type SocketData =
	| {
			view: 'dashboard' | 'beamer';
			workshopId: string;
			facilitatorId: string;
			/** The sign-in session the socket came with: signing out closes its sockets. */
			sessionId?: string;
			participantId?: never;
	  }
	| { view: 'participant'; workshopId: string; participantId: string; facilitatorId?: never };

/** What a client event's ack carries when it succeeds. */
export type AckData<E extends keyof ClientToServerEvents> =
	Parameters<ClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;
