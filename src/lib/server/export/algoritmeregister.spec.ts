// The Algoritmeregister draft's fields hold at most REGISTER_TEXT_MAX characters: as many lines as
// fit, the rest counted. Phones can add 1,000 tensions, so building a field must stay linear.
import { describe, expect, it } from 'vitest';
import { REGISTER_TEXT_MAX, within } from './algoritmeregister';

const more = (n: number) => `… en nog ${n}`;

/** The obvious way: try every number of lines, longest first (quadratic, but clearly right). */
function reference(head: string[], items: string[]): string {
	for (let shown = items.length; shown >= 0; shown--) {
		const rest = items.length - shown;
		const text = [...head, ...items.slice(0, shown), ...(rest ? [more(rest)] : [])].join('\n');
		if (text.length <= REGISTER_TEXT_MAX) return text;
	}
	return [...head, more(items.length)].join('\n').slice(0, REGISTER_TEXT_MAX);
}

const lines = (n: number) =>
	Array.from({ length: n }, (_, i) => `Spanning ${i}: ${'privacy '.repeat(1 + (i % 7))}`);

describe('a register field', () => {
	it('holds as many lines as fit with the rest counted, like trying every number', () => {
		for (const n of [0, 1, 5, 40, 200, 1000]) {
			for (const head of [[], ['Afwegingen in de workshop:']]) {
				expect(within(head, lines(n), more), `${n} lines`).toBe(reference(head, lines(n)));
			}
		}
		expect(within(['x'.repeat(3000)], [], more)).toHaveLength(REGISTER_TEXT_MAX);
	});

	it('reads each line a bounded number of times, however many there are', () => {
		let reads = 0;
		const items = lines(1000);
		const counted = new Proxy(items, {
			get(target, key, receiver) {
				if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
				return Reflect.get(target, key, receiver);
			}
		});
		within(['Afwegingen:'], counted, more);
		// The lines that fit are read twice (summed, then joined), the first one that does not once.
		expect(reads).toBeLessThanOrEqual(2 * 80);
	});
});
