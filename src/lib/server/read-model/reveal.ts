// The one place that decides what the room may see of a blind result: only a step that holds it and
// was revealed opens it. `RoomResult` items are stamped `Revealed` here and nowhere else, so a
// projection or patch for phones cannot carry a blind result without passing this check (the
// compiler refuses a plain tally where the room's state wants a revealed one).
import { stepKind, type HiddenResult } from '$lib/steps';
import type { Revealed, RoomResult } from '$lib/workshop/visibility';
import type { StepRow } from './rows';

declare const CHECKED: unique symbol;
/** The results a workshop's revealed steps open to the room, as read from its steps. */
export type RevealedResults = ReadonlySet<string> & { readonly [CHECKED]: true };

export function revealedResults(steps: readonly Pick<StepRow, 'kind' | 'revealed'>[]) {
	return new Set(
		steps.filter((s) => s.revealed === 1).flatMap((s) => stepKind(s.kind).hides)
	) as unknown as RevealedResults;
}

/** The whole result for the room: its items if revealed, else blind. */
export function roomResult<T>(
	revealed: RevealedResults,
	name: HiddenResult,
	items: () => T[]
): RoomResult<T> {
	return revealed.has(name) ? (items() as Revealed<T>[]) : null;
}

declare const STEPS: unique symbol;
/** The numbers of a workshop's revealed steps, as read from its steps. */
type RevealedSteps = ReadonlySet<number> & { readonly [STEPS]: true };

/** For a kind whose results belong to one step each (a consent check, a question's answers). */
export function revealedSteps(steps: readonly Pick<StepRow, 'number' | 'revealed'>[]) {
	return new Set(
		steps.filter((s) => s.revealed === 1).map((s) => s.number)
	) as unknown as RevealedSteps;
}

/** The items of such a result the room may see: those of the revealed steps. */
export function roomItemsOfSteps<T extends { step: number }>(
	revealed: RevealedSteps,
	items: readonly T[]
): Revealed<T>[] {
	return items.filter((item) => revealed.has(item.step)) as Revealed<T>[];
}

/** Of these changed steps, those whose result the room may see (the keys of its patch). */
export const roomStepsOf = (revealed: RevealedSteps, steps: Iterable<number>) =>
	[...steps].filter((step) => revealed.has(step));

/** Changed items of a result for the room: all of them if revealed; null while it is blind, so
 *  the room hears nothing of them (not even that they are gone). */
export function roomItems<T>(revealed: RevealedResults, name: HiddenResult, items: T[]) {
	return revealed.has(name) ? (items as Revealed<T>[]) : null;
}
