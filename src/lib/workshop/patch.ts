// A change to a screen's state, as a few small operations instead of the whole state: put one item
// into a list (by its key), take one out, or set one field. The operations are typed by the state
// they apply to, so a patch for phones can only carry what the phones' state type allows.
import type { AnyState } from './state';

type ListKey<S> = {
	[K in keyof S]-?: NonNullable<S[K]> extends readonly unknown[] ? K : never;
}[keyof S];
type ItemOf<S, K extends keyof S> =
	NonNullable<S[K]> extends readonly (infer Item)[] ? Item : never;
type FieldKey<S> = Exclude<keyof S, 'serverNow'>;

type PatchOp<S> =
	| { [K in ListKey<S>]: { upsert: K; item: ItemOf<S, K> } }[ListKey<S>]
	| { [K in ListKey<S>]: { remove: K; key: string | number } }[ListKey<S>]
	| { [K in FieldKey<S>]: { set: K; value: S[K] } }[FieldKey<S>];

export type Patch<S> = PatchOp<S>[];

/**
 * Which field identifies an item in a list, where it is not `id` (a step kind's own lists are
 * keyed by `id`, so a new kind needs no line here).
 */
const ITEM_KEYS = {
	steps: 'number',
	principles: 'key',
	tallies: 'valueId',
	ratings: 'actionId',
	reflections: 'principleKey',
	closingNotes: 'participantId',
	earlier: 'title',
	seats: 'key'
} as const satisfies Partial<Record<ListKey<AnyState>, string>>;

const keyOf = (list: string): string =>
	Object.hasOwn(ITEM_KEYS, list) ? ITEM_KEYS[list as keyof typeof ITEM_KEYS] : 'id';

type Keyed = Record<string, unknown>;

/**
 * Applies a patch in place. Patches reach a screen in the order the server made them, each as the
 * database stood at that moment, so applying them in order gives the server's state; applying the
 * same patch twice changes nothing. An item for a list the screen does not have (results not yet
 * revealed) is ignored: the reveal sends the whole list.
 */
export function applyPatch<S extends AnyState>(state: S, patch: Patch<S>): void {
	const fields = state as unknown as Record<string, unknown>;
	for (const op of patch as (
		| { upsert: string; item: Keyed }
		| { remove: string; key: string | number }
		| { set: string; value: unknown }
	)[]) {
		if ('set' in op) {
			fields[op.set] = op.value;
			continue;
		}
		const name = 'upsert' in op ? op.upsert : op.remove;
		const list = fields[name] as Keyed[] | null | undefined;
		if (!list) continue;
		const key = keyOf(name);
		if ('upsert' in op) {
			const index = list.findIndex((item) => item[key] === op.item[key]);
			if (index === -1) list.push(op.item);
			else list[index] = op.item;
		} else {
			const index = list.findIndex((item) => item[key] === op.key);
			if (index !== -1) list.splice(index, 1);
		}
	}
}
