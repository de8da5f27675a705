// Names and lists the screens show, shared by every audience's state.
import { loc, type Language, type Localized } from '../language';
import type { CardBase, CardKind, PrincipleInfo, ValueBase } from './state';

export function valueName(
	state: { values: readonly ValueBase[] },
	id: string,
	language: Language
): string {
	const value = state.values.find((v) => v.id === id);
	return value ? loc(value.name, language) : '–';
}

export function principleName(
	state: { principles: readonly PrincipleInfo[] },
	key: string,
	language: Language
): string {
	const principle = state.principles.find((p) => p.key === key);
	return principle ? loc(principle.name, language) : key;
}

/**
 * Whether the room sees a card: not hidden by the facilitator and not merged into another. The
 * server filters with it (flags 0/1) and the dashboard with it (booleans); phones only ever get
 * visible cards.
 */
export function isVisible(card: {
	hidden?: boolean | number;
	mergedInto?: string | null;
}): boolean {
	return !card.hidden && !card.mergedInto;
}

/** The visible cards of a kind, oldest first. */
export function visibleCards<Card extends CardBase & Parameters<typeof isVisible>[0]>(
	cards: readonly Card[],
	kind: CardKind
): Card[] {
	return cards.filter((c) => c.kind === kind && isVisible(c));
}

/** The principles grouped by their foundation, in catalogue order. */
export function foundationsOf(
	principles: readonly PrincipleInfo[]
): { key: string; name: Localized; principles: PrincipleInfo[] }[] {
	const groups: { key: string; name: Localized; principles: PrincipleInfo[] }[] = [];
	for (const principle of principles) {
		let group = groups.find((g) => g.key === principle.foundationKey);
		if (!group) {
			group = { key: principle.foundationKey, name: principle.foundation, principles: [] };
			groups.push(group);
		}
		group.principles.push(principle);
	}
	return groups;
}
