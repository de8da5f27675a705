// The step kinds. Each kind declares, here and nowhere else: which participant events it accepts
// while it is the current step; which results phones and the beamer see only once the step is
// revealed; what its progress line counts; and which sections it adds to the exports. Handlers,
// reveal rules, exports and progress all look a step up here by its kind, never by its position.
//
// A kind's three views live in its folder, named by surface: `<kind>/Phone.svelte`,
// `<kind>/Panel.svelte` and `<kind>/Beamer.svelte` (./views.ts finds them; registry.spec.ts checks
// that every kind has all three and that no folder of views lacks a kind). Each surface bundles only
// its own views, and a phone draws its screen without this file. Adding a kind is adding its folder
// and one entry below.
import type { ParticipantEvent } from '../realtime/events';
import type { CardKind, FacilitatorStep, Progress, PublicStep } from '../workshop/state';
import { CASE_CARDS } from './case/cards';
import { OBSTACLE_CARDS } from './obstacles/cards';

/** Results that stay on the facilitator's screen until a step that holds them is revealed. */
export type HiddenResult = 'tallies' | 'ratings' | 'reflections';

/** Parts of the PDF and Markdown exports, rendered in the order of the workshop's steps. */
export type ExportSection =
	| 'perspectives'
	| 'caseCards'
	| 'obstacles'
	| 'values'
	| 'tensions'
	| 'actions'
	| 'matrix'
	| 'commitments'
	| 'reflection'
	| 'closingNotes';

/** What a phone view is given (all views read the rest from their surface's context). */
export type PhoneProps = {
	/** The facilitator has closed input for this step. */
	locked: boolean;
};
/** What a dashboard panel is given: the step it is the panel of. */
export type PanelProps = { step: FacilitatorStep };
/** What a beamer view is given: the step it shows. */
export type BeamerProps = { step: PublicStep };

export interface StepKindDefinition {
	/** Participant events taken while a step of this kind is current (others: WRONG_STEP). */
	accepts: readonly ParticipantEvent[];
	/** Which kinds of card participants add (and may edit or withdraw) in this step, if any. */
	cards?: readonly CardKind[];
	/** What "N of M present have ..." counts while this step is current, if anything. */
	progress?: Exclude<keyof Progress, 'present'>;
	/** What phones and the beamer see only once the step is revealed. */
	hides: readonly HiddenResult[];
	exports: readonly ExportSection[];
}

export const STEP_KINDS = {
	opening: {
		accepts: ['profile:set'],
		progress: 'profiled',
		hides: [],
		exports: ['perspectives']
	},
	case: {
		accepts: ['card:add', 'card:edit-own', 'card:withdraw'],
		cards: CASE_CARDS,
		hides: [],
		exports: ['caseCards']
	},
	values: {
		accepts: ['value:add', 'value:edit-own', 'value:withdraw', 'vote:set', 'tension:add'],
		hides: ['tallies'],
		progress: 'voted',
		exports: ['values', 'tensions']
	},
	actions: {
		accepts: ['action:propose', 'card:edit-own', 'card:withdraw'],
		cards: ['action'],
		hides: [],
		exports: ['actions']
	},
	rating: {
		accepts: ['rating:set'],
		hides: ['ratings'],
		progress: 'rated',
		exports: ['matrix']
	},
	/** A follow-up's status round: for each carried commitment, how it stands and why. */
	status: {
		accepts: ['status:report'],
		hides: [],
		exports: []
	},
	/** A follow-up's obstacles, and the help people offer or ask for. */
	obstacles: {
		accepts: ['card:add', 'card:edit-own', 'card:withdraw'],
		cards: OBSTACLE_CARDS,
		hides: [],
		exports: ['obstacles']
	},
	/** Commitments changed, closed and added by the facilitator; phones volunteer. */
	adjust: {
		accepts: ['commitment:volunteer'],
		hides: [],
		exports: ['commitments']
	},
	/** How well each principle is safeguarded, blind until revealed (beside earlier sessions'). */
	reflection: {
		accepts: ['reflection:set'],
		hides: ['reflections'],
		progress: 'reflected',
		exports: ['reflection']
	},
	/** What each participant takes away. */
	closing: {
		accepts: ['closing:set'],
		hides: [],
		exports: ['closingNotes']
	},
	/** CODIO's last step: commitments, the reflection and the closing notes together. */
	commitments: {
		accepts: ['commitment:volunteer', 'reflection:set', 'closing:set'],
		hides: ['reflections'],
		progress: 'reflected',
		exports: ['commitments', 'reflection', 'closingNotes']
	}
} satisfies Record<string, StepKindDefinition>;

export type StepKind = keyof typeof STEP_KINDS;

export class UnknownStepKindError extends Error {
	constructor(readonly kind: string) {
		super(`Unknown step kind "${kind}"`);
	}
}

export function isStepKind(kind: string): kind is StepKind {
	return Object.hasOwn(STEP_KINDS, kind);
}

/** The definition of a kind; a kind this app does not know (in stored data) is an error. */
export function stepKind(kind: string): StepKindDefinition {
	if (!isStepKind(kind)) throw new UnknownStepKindError(kind);
	return STEP_KINDS[kind];
}

/** Whether participants can write in a step of this kind (so closing input means something). */
export const takesInput = (kind: string) => stepKind(kind).accepts.length > 0;

/** Whether a step of this kind has results to reveal. */
export const hasResults = (kind: string) => stepKind(kind).hides.length > 0;
