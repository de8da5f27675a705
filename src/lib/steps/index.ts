// The step kinds as the screens and the server share them. A kind is one folder (see ./kind.ts for
// what it holds); ./kinds.ts lists them, one line each. Handlers, reveal rules, exports and
// progress all look a step up by its kind, never by its position.
import type { StepKindDefinition } from './kind';
import * as kinds from './kinds';

export type StepKind = keyof typeof kinds;

/** Every kind's definition, by name. */
export const STEP_KINDS: Readonly<Record<StepKind, StepKindDefinition>> = kinds;

/** The types the kinds bring (events and state), joined by src/lib/workshop/state.ts. */
export type StepKindTypes = NonNullable<(typeof kinds)[StepKind]['types']>;

/** A result a kind keeps blind until revealed ("tallies", "ratings", ...). */
export type HiddenResult = (typeof kinds)[StepKind]['hides'][number];

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

export type { StepKindDefinition } from './kind';
