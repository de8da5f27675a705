// Which items of an instrument the room is asked, given the agreed answers so far: an item is
// skipped when one of its conditions (its own or its groups') does not hold, or when the item a
// condition reads is itself skipped. Pure, so the server (which refuses a phone's draft for a
// skipped item) and the screens (which show it as skipped) decide alike. The importer has refused
// loops and conditions on items that do not exist.
import type { AnswerValue, Condition, Item } from './instrument';

export type Answers = ReadonlyMap<string, AnswerValue>;

/** "true" and "false" as the booleans a file's condition compares with. */
function normalized(value: string): string | boolean {
	const lower = value.toLowerCase();
	return lower === 'true' ? true : lower === 'false' ? false : value;
}

function holds(condition: Condition, answer: AnswerValue | undefined): boolean {
	if (answer === undefined || answer === null || answer === '') return false;
	if (condition.operator === 'any') return Array.isArray(answer) ? answer.length > 0 : true;
	const wanted = typeof condition.value === 'number' ? String(condition.value) : condition.value;
	const values = (Array.isArray(answer) ? answer : [answer]).map(normalized);
	if (condition.operator === 'contains') return values.includes(wanted);
	return !Array.isArray(answer) && values[0] === wanted;
}

/** Per item id, whether it is asked (true) or skipped by a condition (false). */
export function askedItems(items: readonly Item[], answers: Answers): Map<string, boolean> {
	const byId = new Map(items.map((i) => [i.id, i]));
	const asked = new Map<string, boolean>();
	const decide = (item: Item): boolean => {
		const known = asked.get(item.id);
		if (known !== undefined) return known;
		let result = true;
		for (const condition of item.conditions) {
			const source = byId.get(condition.on);
			const answer = source && decide(source) ? answers.get(condition.on) : undefined;
			const met = holds(condition, answer);
			if (condition.action === 'show' ? !met : met) result = false;
		}
		asked.set(item.id, result);
		return result;
	};
	for (const item of items) decide(item);
	return asked;
}

/** The alerts that hold: conditional notices (a "stop") whose conditions are met. */
export function activeAlerts(items: readonly Item[], asked: ReadonlyMap<string, boolean>): Item[] {
	return items.filter((i) => i.type === 'notice' && i.conditions.length > 0 && asked.get(i.id));
}

export type ItemStatus = 'open' | 'answered' | 'skipped' | 'research';

/**
 * How an item stands: skipped by a condition, waiting for research that is not done, answered
 * (a notice has nothing to answer; a repeatable item by its entries; others by an agreed value),
 * or open. The screens (the slice) and the documents (the record) both ask here.
 */
export function itemStatus(
	item: Pick<Item, 'id' | 'type'>,
	facts: { asked: boolean; waiting: boolean; entries: number; value: AnswerValue | undefined }
): ItemStatus {
	if (!facts.asked) return 'skipped';
	if (facts.waiting) return 'research';
	if (item.type === 'notice') return 'answered';
	if (item.type === 'entries') return facts.entries > 0 ? 'answered' : 'open';
	return facts.value != null ? 'answered' : 'open';
}
