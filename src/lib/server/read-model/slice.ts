// A slice of the read model: the part of each audience's state that one owner fills (the core's
// steps, catalogue, cards and commitments; each step kind's own results). A slice reads its rows,
// projects them per audience for the whole state, and turns a change into patch operations per
// audience from the rows of just the items that changed. The read model joins the slices
// (./state.ts, ./patches.ts); a kind's slice lives in its folder.
import type { StateSlice } from '$lib/steps/kind';
import type { Patch } from '$lib/workshop/patch';
import type { BeamerState, FacilitatorState, ParticipantState } from '$lib/workshop/state';
import type { Change } from '../workshops/change';
import type { RevealedResults } from './reveal';
import type { WorkshopRow, rowsOf } from './rows';

/** The core rows every slice may read besides its own (names, card texts, the steps). */
export type CoreRows = { workshop: WorkshopRow } & {
	[T in keyof typeof rowsOf]: ReturnType<(typeof rowsOf)[T]>;
};

/** One patch per audience. The room's patch goes to the phones and the beamer. */
export interface AudiencePatches {
	dashboard: Patch<FacilitatorState>;
	beamer: Patch<BeamerState>;
	participants: Patch<ParticipantState>;
}

/** What a slice's patch builder is given. */
export interface PatchContext {
	workshopId: string;
	change: Change;
	/** The results the room may see now (read from the steps once per change, when asked). */
	revealed(): RevealedResults;
	/** Display names of these participants, for what only the facilitator sees. */
	names(ids: Iterable<string | null>): Map<string, string>;
}

export interface SlicePatch {
	dashboard?: Patch<FacilitatorState>;
	/** For phones and the beamer alike. */
	room?: Patch<ParticipantState>;
	/** For the beamer only, after the room's. */
	beamer?: Patch<BeamerState>;
}

export interface Slice<S extends StateSlice = StateSlice, Rows = unknown> {
	/** Its rows of a workshop, read within the whole state's read transaction. */
	load(workshopId: string): Rows;
	facilitator(rows: Rows, core: CoreRows): S['facilitator'];
	room(rows: Rows, core: CoreRows, revealed: RevealedResults): S['room'];
	beamer(rows: Rows, core: CoreRows): S['beamer'];
	/** Its part of one participant's own inputs. */
	mine(participantId: string): S['mine'];
	/** What a change means for each audience (nothing, when the change is not of its keys). */
	patch(ctx: PatchContext): SlicePatch;
}

/** Declares a slice for a state type: `defineSlice<ValuesState>()({ load, ... })`. */
export const defineSlice =
	<S extends StateSlice>() =>
	<Rows>(slice: Slice<S, Rows>): Slice<S, Rows> =>
		slice;

/** Nothing of its own in this part of the state. */
export const none = () => ({});

/** Puts each changed item that still exists, and removes each one that no longer does. */
export function itemOps<Name extends string, Item, Key extends string | number>(
	name: Name,
	keys: Iterable<Key>,
	items: Item[],
	keyOf: (item: Item) => Key
) {
	const byKey = new Map(items.map((item) => [keyOf(item), item]));
	return [...keys].map((key) => {
		const item = byKey.get(key);
		return item === undefined
			? ({ remove: name, key } as const)
			: ({ upsert: name, item } as const);
	});
}
