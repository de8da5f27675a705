import { describe, expect, it } from 'vitest';
import { applyPatch } from './patch';
import type { Card, WorkshopState } from './state';

const card = (id: string, text: string): Card => ({
	id,
	kind: 'risk',
	text,
	cluster: '',
	hidden: false,
	mergedInto: null,
	selected: false,
	valueIds: []
});

const emptyState = (): WorkshopState => ({
	serverNow: 0,
	steps: [],
	principles: [],
	values: [],
	voting: { budget: 5, maxPerValue: 2, voters: 0 },
	tallies: null,
	tensions: [],
	cards: [card('a', 'Eerste')],
	raters: 0,
	ratings: null,
	commitments: [],
	reflections: null
});

describe('applyPatch', () => {
	it('appends a new item and replaces one it already has, so a repeat changes nothing', () => {
		const state = emptyState();
		applyPatch(state, { kind: 'card', item: card('b', 'Tweede') });
		applyPatch(state, { kind: 'card', item: card('b', 'Tweede') });
		expect(state.cards.map((c) => c.text)).toEqual(['Eerste', 'Tweede']);
		applyPatch(state, { kind: 'card', item: card('a', 'Eerste, herschreven') });
		expect(state.cards.map((c) => c.text)).toEqual(['Eerste, herschreven', 'Tweede']);
	});

	it('puts values and tensions in their own lists', () => {
		const state = emptyState();
		applyPatch(state, {
			kind: 'tension',
			item: { id: 't', valueAId: 'x', valueBId: 'y', note: '' }
		});
		applyPatch(state, {
			kind: 'value',
			item: {
				id: 'v',
				principleKey: 'p',
				name: { nl: 'Eigen waarde', en: 'Eigen waarde' },
				description: { nl: '', en: '' },
				selected: false,
				addedByParticipant: true,
				hidden: false
			}
		});
		expect(state.tensions).toHaveLength(1);
		expect(state.values.map((v) => v.id)).toEqual(['v']);
		expect(state.cards).toHaveLength(1);
	});
});
