// The step kinds. Each kind declares, here and nowhere else: its phone screen, its dashboard panel
// and its beamer view; which participant events it accepts while it is the current step; which
// results phones and the beamer see only once the step is revealed; and which sections it adds to
// the exports. Handlers, reveal rules, exports and the three views all look a step up here by its
// kind, never by its position. Adding a kind is adding its folder and one entry below.
//
// Views are named by their file (relative to this folder): each surface loads only its own kind
// of view (./views.ts), so a phone never downloads the dashboard's panels.
import type { ParticipantEvent } from '../realtime/events';
import type { CardKind } from '../workshop/state';

/** Results that stay on the facilitator's screen until a step that holds them is revealed. */
export type HiddenResult = 'tallies' | 'ratings' | 'reflections';

/** Parts of the PDF and Markdown exports, rendered in the order of the workshop's steps. */
export type ExportSection =
	| 'perspectives'
	| 'caseCards'
	| 'values'
	| 'tensions'
	| 'actions'
	| 'matrix'
	| 'commitments'
	| 'reflection'
	| 'closingNotes';

/** What a phone view is given (panels and beamer views take nothing; they read their surface). */
export type PhoneProps = {
	/** The facilitator has closed input for this step. */
	locked: boolean;
};

type ViewFile<Surface extends string> = `${string}/${Surface}.svelte`;

export interface StepKindDefinition {
	/** Participant events taken while a step of this kind is current (others: WRONG_STEP). */
	accepts: readonly ParticipantEvent[];
	/** Which kinds of card participants add in this step, if any. */
	cards?: readonly CardKind[];
	/** What phones and the beamer see only once the step is revealed. */
	hides: readonly HiddenResult[];
	exports: readonly ExportSection[];
	views: { phone: ViewFile<'Phone'>; panel: ViewFile<'Panel'>; beamer: ViewFile<'Beamer'> };
}

export const STEP_KINDS = {
	opening: {
		accepts: ['profile:set'],
		hides: [],
		exports: ['perspectives'],
		views: {
			phone: 'opening/Phone.svelte',
			panel: 'opening/Panel.svelte',
			beamer: 'opening/Beamer.svelte'
		}
	},
	case: {
		accepts: ['card:add'],
		cards: ['stakeholder', 'risk', 'dilemma'],
		hides: [],
		exports: ['caseCards'],
		views: {
			phone: 'case/Phone.svelte',
			panel: 'case/Panel.svelte',
			beamer: 'case/Beamer.svelte'
		}
	},
	values: {
		accepts: ['value:add', 'vote:set', 'tension:add'],
		hides: ['tallies'],
		exports: ['values', 'tensions'],
		views: {
			phone: 'values/Phone.svelte',
			panel: 'values/Panel.svelte',
			beamer: 'values/Beamer.svelte'
		}
	},
	actions: {
		accepts: ['action:propose'],
		cards: ['action'],
		hides: [],
		exports: ['actions'],
		views: {
			phone: 'actions/Phone.svelte',
			panel: 'actions/Panel.svelte',
			beamer: 'actions/Beamer.svelte'
		}
	},
	rating: {
		accepts: ['rating:set'],
		hides: ['ratings'],
		exports: ['matrix'],
		views: {
			phone: 'rating/Phone.svelte',
			panel: 'rating/Panel.svelte',
			beamer: 'rating/Beamer.svelte'
		}
	},
	commitments: {
		accepts: ['commitment:volunteer', 'reflection:set', 'closing:set'],
		hides: ['reflections'],
		exports: ['commitments', 'reflection', 'closingNotes'],
		views: {
			phone: 'commitments/Phone.svelte',
			panel: 'commitments/Panel.svelte',
			beamer: 'commitments/Beamer.svelte'
		}
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
