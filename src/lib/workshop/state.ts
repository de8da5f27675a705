// What screens know of a workshop. The server builds these from SQLite; phones get the public
// version (no facilitator notes, no hidden cards, results only once revealed), the facilitator's
// dashboard and beamer the full one.
import type { Localized } from '../codio/catalogue';
import type { TimerState } from './timer';
import type { RatingSummary, Rating } from './ratings';

export type CardKind = 'stakeholder' | 'risk' | 'dilemma' | 'action';
export const CASE_CARD_KINDS = ['stakeholder', 'risk', 'dilemma'] as const;
export type Perspective = 'internal' | 'external';
export const COMMITMENT_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export interface StepConfig {
	number: number;
	title: Localized;
	question: Localized;
	timer: TimerState;
	locked: boolean;
	revealed: boolean;
	/** Facilitator only. */
	notes?: string;
}

export interface PrincipleInfo {
	key: string;
	foundationKey: string;
	foundation: Localized;
	name: Localized;
}

export interface ValueCard {
	id: string;
	principleKey: string;
	name: Localized;
	description: Localized;
	selected: boolean;
	addedByParticipant: boolean;
	hidden: boolean;
}

export interface Card {
	id: string;
	kind: CardKind;
	text: string;
	cluster: string;
	hidden: boolean;
	mergedInto: string | null;
	selected: boolean;
	valueIds: string[];
	/** Facilitator only: who wrote it. */
	author?: string | null;
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

export interface Commitment {
	id: string;
	actionId: string;
	text: string;
	owner: string;
	dueOn: string | null;
	status: CommitmentStatus;
	valueIds: string[];
	volunteers: { id: string; displayName: string }[];
}

export interface ReflectionSummary {
	principleKey: string;
	count: number;
	mean: number;
	comments: string[];
}

export interface ParticipantProfile {
	id: string;
	displayName: string;
	perspective: Perspective | null;
	role: string;
}

export interface WorkshopState {
	serverNow: number;
	steps: StepConfig[];
	principles: PrincipleInfo[];
	values: ValueCard[];
	voting: { budget: number; maxPerValue: number; voters: number };
	/** Null on phones until the facilitator reveals step 3. */
	tallies: VoteTally[] | null;
	tensions: Tension[];
	cards: Card[];
	raters: number;
	/** Null on phones until the facilitator reveals step 5. */
	ratings: RatingSummary[] | null;
	commitments: Commitment[];
	/** Null on phones until the facilitator reveals step 6. */
	reflections: ReflectionSummary[] | null;
	/** Facilitator only. */
	profiles?: ParticipantProfile[];
	closingNotes?: { author: string; text: string }[];
}

/** One participant's own inputs, which only they (and the totals) see. */
export interface MyState {
	perspective: Perspective | null;
	role: string;
	votes: Record<string, number>;
	ratings: Record<string, Rating>;
	volunteered: string[];
	reflections: Record<string, { score: number; comment: string }>;
	closing: string;
}
