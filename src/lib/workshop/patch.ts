// A small change to a workshop's state: one card, value or tension added (or changed), sent to
// every screen instead of the whole state. Ideas come in bursts; a room of 1,000 phones should get
// 1,000 small messages per idea, not 1,000 copies of every idea so far.
import type { Card, Tension, ValueCard, WorkshopState } from './state';

export type StatePatch =
	| { kind: 'card'; item: Card }
	| { kind: 'value'; item: ValueCard }
	| { kind: 'tension'; item: Tension };

function upsert<Item extends { id: string }>(list: Item[], item: Item): void {
	const index = list.findIndex((existing) => existing.id === item.id);
	if (index === -1) list.push(item);
	else list[index] = item;
}

/**
 * Applies a patch in place. Patches and whole states reach a screen in the order the server made
 * them, each as the database stood at that moment, so the latest one always wins; applying the
 * same patch twice (a retried write) changes nothing.
 */
export function applyPatch(state: WorkshopState, patch: StatePatch): void {
	if (patch.kind === 'card') upsert(state.cards, patch.item);
	else if (patch.kind === 'value') upsert(state.values, patch.item);
	else upsert(state.tensions, patch.item);
}
