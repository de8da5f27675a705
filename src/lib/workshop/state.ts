// What each audience knows of a workshop. The server projects these from one read model
// (src/lib/server/read-model): the facilitator's dashboard gets everything; phones and the beamer
// get the public state, which has no field for facilitator notes, authors, profiles, volunteers'
// names or closing notes (each is declared `never`, so the compiler refuses an object that carries
// one), and whose blind results are a type of their own (`RoomResult`): either blind (null) or
// items the reveal check has stamped `Revealed`, which nothing else can make.
//
// The core fields (steps, catalogue, cards, commitments, people) are declared here; each step kind
// adds its own fields in its folder (`src/lib/steps/<kind>/state.ts`), and the types below join
// them over the kinds the index lists.
import type { Localized } from '../language';
import type { StepKind, StepKindTypes } from '../steps';
import type { CardKind, CommitmentStatus, Perspective } from '../vocabulary';
import type { TimerState } from './timer';
import type { Without } from './visibility';

export type { CardKind, CommitmentStatus, Perspective } from '../vocabulary';
export type { Revealed, RoomResult, Without } from './visibility';

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

export interface ParticipantProfile {
	id: string;
	displayName: string;
	perspective: Perspective | null;
	role: string;
	seat: string | null;
}

/** Of the participants present now, how many did what the current step counts (not who). */
export interface Progress {
	present: number;
	/** The step counted (its kind says what: voted, rated, ...); 0 when none counts. */
	step: number;
	done: number;
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

interface CoreShared {
	/** The server's clock when this state was made, so timers agree across screens. */
	serverNow: number;
	/** The perspectives worth having at the table, as the facilitator set them. */
	seats: Seat[];
	principles: PrincipleInfo[];
}

interface CoreRoom extends CoreShared, Without<'profiles'> {
	steps: PublicStep[];
	values: PublicValue[];
	cards: PublicCard[];
	commitments: PublicCommitment[];
}

interface CoreFacilitator extends CoreShared {
	steps: FacilitatorStep[];
	values: FacilitatorValue[];
	cards: FacilitatorCard[];
	commitments: FacilitatorCommitment[];
	profiles: ParticipantProfile[];
	progress: Progress;
	display: Display;
}

interface CoreBeamer {
	progress: Progress;
	display: Display;
}

interface CoreMine {
	perspective: Perspective | null;
	role: string;
	/** The perspective at the table (a seat's key) this participant says they bring. */
	seat: string | null;
	volunteered: string[];
	/** What this participant added themselves (cards, actions, values): theirs to edit or withdraw. */
	own: { cards: string[]; values: string[] };
}

type Joined<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
	? I
	: never;
type Slices = StepKindTypes['state'];

/** What phones see. */
export type ParticipantState = CoreRoom & Joined<Slices['room']>;
/** The room's screen: the phones' view, how far the room is, and what the facilitator shares. */
export type BeamerState = ParticipantState & CoreBeamer & Joined<Slices['beamer']>;
/** What the facilitator's dashboard sees: everything, results always. */
export type FacilitatorState = CoreFacilitator & Joined<Slices['facilitator']>;
/** One participant's own inputs, which only they (and the totals) see. */
export type MyState = CoreMine & Joined<Slices['mine']>;

export type AnyState = ParticipantState | BeamerState | FacilitatorState;
