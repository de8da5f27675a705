import { describe, expect, it } from 'vitest';
import type { ParticipantPresence } from './events';
import { mergePresence } from './presence';

const person = (id: string, online = true): ParticipantPresence => ({
	id,
	displayName: `Naam ${id}`,
	perspective: null,
	role: '',
	seat: null,
	joinedAt: 1,
	online
});

describe('mergePresence', () => {
	it('replaces a changed participant in place, adds a newcomer at the end, drops the removed', () => {
		const list = [person('a'), person('b'), person('c')];
		const next = mergePresence(list, {
			participants: [person('b', false), person('d')],
			gone: ['c']
		});
		expect(next).toEqual([person('a'), person('b', false), person('d')]);
		expect(list).toHaveLength(3);
	});

	it('does not list a participant twice when the same update comes again', () => {
		const update = { participants: [person('a', false)], gone: [] };
		expect(mergePresence(mergePresence([person('a')], update), update)).toEqual([
			person('a', false)
		]);
	});
});
