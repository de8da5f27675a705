// What each audience knows of a workshop. The server projects these from one read model
// (src/lib/server/read-model): the facilitator's dashboard gets everything; phones and the beamer
// get the public state, which has no field for facilitator notes, authors, profiles, volunteers'
// names or closing notes (each is declared `never` below, so the compiler refuses an object that
// carries one), and whose results stay null until a step that holds them is revealed.
import type { Localized } from '../language';
import type { StepKind } from '../steps/registry';
import type { Rating, RatingSummary } from './ratings';
import type { TimerState } from './timer';

/** Keys a type must not have: an object that has one of them is not assignable to it. */
export type Without<Keys extends string> = { [K in Keys]?: never };

export const CARD_KINDS = ['stakeholder', 'risk', 'dilemma', 'action', 'obstacle', 'help'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export type Perspective = 'internal' | 'external';
export const COMMITMENT_STATUSES = [
	'open',
	'on_track',
	'delayed',
	'blocked',
	'done',
	'dropped'
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

interface StepBase {
	number: number;
	kind: StepKind;
	title: Localized;
	question: Localized;
	timer: TimerState;
	locked: boolean;
	revealed: boolean;
}
export interface PublicStep extends StepBase, Without<'notes'> {}
export interface FacilitatorStep extends StepBase {
	notes: string;
}

export interface PrincipleInfo {
	key: string;
	foundationKey: string;
	foundation: Localized;
	name: Localized;
}

export interface ValueBase {
	id: string;
	principleKey: string;
	name: Localized;
	description: Localized;
	selected: boolean;
	addedByParticipant: boolean;
}
/** Only visible values reach phones. */
export interface PublicValue extends ValueBase, Without<'hidden'> {}
export interface FacilitatorValue extends ValueBase {
	hidden: boolean;
}

export interface CardBase {
	id: string;
	kind: CardKind;
	text: string;
	cluster: string;
	selected: boolean;
	valueIds: string[];
}
/** Only visible, unmerged cards reach phones, and never who wrote them. */
export interface PublicCard extends CardBase, Without<'author' | 'hidden' | 'mergedInto'> {}
export interface FacilitatorCard extends CardBase {
	hidden: boolean;
	mergedInto: string | null;
	author: string | null;
}

export interface Tension {
	id: string;
	valueAId: string;
	valueBId: string;
	note: string;
}

export interface VoteTally {
	valueId: string;
	dots: number;
	voters: number;
}

export interface CommitmentBase {
	id: string;
	actionId: string;
	text: string;
	owner: string;
	dueOn: string | null;
	status: CommitmentStatus;
	/** The latest short status note, for the status board. */
	note: string;
	/** Carried over from an earlier session (a follow-up's list of open commitments). */
	carried: boolean;
	valueIds: string[];
}
/** Phones know their own volunteering (MyState), never who else volunteered. */
export interface PublicCommitment extends CommitmentBase, Without<'volunteers'> {}
export interface FacilitatorCommitment extends CommitmentBase {
	volunteers: { id: string; displayName: string }[];
}

export interface ReflectionSummary {
	principleKey: string;
	count: number;
	mean: number;
	/** How many answered 1, 2, 3, 4 and 5. */
	distribution: number[];
	comments: string[];
}

export interface ParticipantProfile {
	id: string;
	displayName: string;
	perspective: Perspective | null;
	role: string;
	seat: string | null;
}

export interface ClosingNote {
	participantId: string;
	author: string;
	text: string;
}

/** Of the participants present now, how many have done what (not who, not what they did). */
export interface Progress {
	present: number;
	/** Gave their perspective (opening). */
	profiled: number;
	voted: number;
	rated: number;
	reflected: number;
}

/** What the beamer shows besides the step, as the facilitator set it. */
export interface Display {
	/** The join panel: large on the first step and a small corner code after it, or always shown or hidden. */
	join: 'auto' | 'shown' | 'hidden';
	/** Whether the beamer shows the participants' closing notes (without names). */
	closingNotes: boolean;
	/** A soft chime on the beamer when a step's time is up. */
	chime: boolean;
}

/** A perspective worth having at the table ("bestuurder", "privacy / FG", ...). */
export interface Seat {
	key: string;
	name: Localized;
}

/** An earlier session of a follow-up's chain: the room's mean reflection per principle then. */
export interface EarlierSession {
	title: string;
	scheduledOn: string;
	/** Principle key → mean score (1–5) and how many answered; principles nobody scored are absent. */
	reflection: Record<string, { mean: number; count: number }>;
}

interface SharedState {
	/** The server's clock when this state was made, so timers agree across screens. */
	serverNow: number;
	/** For a follow-up session: the sessions before it, oldest first (empty otherwise). */
	earlier: EarlierSession[];
	/** The perspectives worth having at the table, as the facilitator set them. */
	seats: Seat[];
	principles: PrincipleInfo[];
	voting: { budget: number; maxPerValue: number };
	tensions: Tension[];
}

/** What phones and the beamer see. */
export interface PublicState extends SharedState, Without<'profiles' | 'closingNotes'> {
	steps: PublicStep[];
	values: PublicValue[];
	cards: PublicCard[];
	commitments: PublicCommitment[];
	/** Null until a step that holds the votes is revealed. */
	tallies: VoteTally[] | null;
	/** Null until a step that holds the ratings is revealed. */
	ratings: RatingSummary[] | null;
	/** Null until a step that holds the reflection is revealed. */
	reflections: ReflectionSummary[] | null;
}
export type ParticipantState = PublicState;
/** The room's screen also shows how far the room is ("4 of 5 have voted") and what the facilitator shares. */
export interface BeamerState extends PublicState {
	progress: Progress;
	display: Display;
	/** The closing notes, without names, while the facilitator shares them; otherwise null. */
	sharedNotes: string[] | null;
}

/** What the facilitator's dashboard sees: everything, results always. */
export interface FacilitatorState extends SharedState {
	steps: FacilitatorStep[];
	values: FacilitatorValue[];
	cards: FacilitatorCard[];
	commitments: FacilitatorCommitment[];
	tallies: VoteTally[];
	ratings: RatingSummary[];
	reflections: ReflectionSummary[];
	profiles: ParticipantProfile[];
	closingNotes: ClosingNote[];
	progress: Progress;
	display: Display;
}

export type AnyState = ParticipantState | BeamerState | FacilitatorState;

/** One participant's own inputs, which only they (and the totals) see. */
export interface MyState {
	perspective: Perspective | null;
	role: string;
	/** The perspective at the table (a seat's key) this participant says they bring. */
	seat: string | null;
	votes: Record<string, number>;
	ratings: Record<string, Rating>;
	volunteered: string[];
	reflections: Record<string, { score: number; comment: string }>;
	closing: string;
	/** What this participant added themselves (cards, actions, values): theirs to edit or withdraw. */
	own: { cards: string[]; values: string[] };
}
