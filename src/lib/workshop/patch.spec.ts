import { describe, expect, it } from 'vitest';
import { applyPatch, type Patch } from './patch';
import type { VoteTally } from '../steps/values/state';
import type { ParticipantState, PublicCard, Revealed } from './state';

/** A tally the room may see (in production only the reveal check makes one). */
const revealed = (tally: VoteTally) => tally as Revealed<VoteTally>;

const card = (id: string, text: string): PublicCard => ({
	id,
	kind: 'risk',
	text,
	cluster: '',
	selected: false,
	valueIds: []
});

/** A phone's state, as far as these patches touch it (each kind adds its own part). */
function emptyState(): ParticipantState {
	const known: Partial<ParticipantState> = {
		serverNow: 0,
		earlier: [],
		seats: [],
		steps: [],
		principles: [],
		values: [],
		voting: { budget: 5, maxPerValue: 2 },
		tallies: null,
		tensions: [],
		cards: [card('a', 'Eerste')],
		ratings: null,
		commitments: [],
		reflections: null
	};
	return known as ParticipantState;
}

describe('patches', () => {
	it('put an item in its list by key: new ones at the end, known ones in place, twice is once', () => {
		const state = emptyState();
		const add: Patch<ParticipantState> = [{ upsert: 'cards', item: card('b', 'Tweede') }];
		applyPatch(state, add);
		applyPatch(state, add);
		expect(state.cards.map((c) => c.text)).toEqual(['Eerste', 'Tweede']);
		applyPatch(state, [{ upsert: 'cards', item: card('a', 'Eerste, herschreven') }]);
		expect(state.cards.map((c) => c.text)).toEqual(['Eerste, herschreven', 'Tweede']);
	});

	it('take an item out by its key, and a second removal changes nothing', () => {
		const state = emptyState();
		applyPatch(state, [
			{ upsert: 'tensions', item: { id: 't', valueAId: 'x', valueBId: 'y', note: '' } },
			{ remove: 'cards', key: 'a' }
		]);
		applyPatch(state, [{ remove: 'cards', key: 'a' }]);
		expect(state.cards).toEqual([]);
		expect(state.tensions).toHaveLength(1);
	});

	it('set a field whole, and ignore items for a result list the screen does not have yet', () => {
		const state = emptyState();
		applyPatch(state, [
			{ upsert: 'tallies', item: revealed({ valueId: 'v', dots: 3, voters: 2 }) }
		]);
		expect(state.tallies).toBeNull();
		applyPatch(state, [
			{ set: 'tallies', value: [revealed({ valueId: 'v', dots: 3, voters: 2 })] },
			{ set: 'voting', value: { budget: 7, maxPerValue: 3 } }
		]);
		applyPatch(state, [
			{ upsert: 'tallies', item: revealed({ valueId: 'v', dots: 4, voters: 2 }) }
		]);
		expect(state.tallies).toEqual([{ valueId: 'v', dots: 4, voters: 2 }]);
		expect(state.voting).toEqual({ budget: 7, maxPerValue: 3 });
		applyPatch(state, [
			{ upsert: 'steps', item: step(2) },
			{ upsert: 'steps', item: step(1) }
		]);
		applyPatch(state, [{ upsert: 'steps', item: { ...step(2), locked: true } }]);
		expect(state.steps.map((s) => [s.number, s.locked])).toEqual([
			[2, true],
			[1, false]
		]);
	});
});

function step(number: number): ParticipantState['steps'][number] {
	return {
		number,
		kind: 'case',
		title: { nl: '', en: '' },
		question: { nl: '', en: '' },
		timer: { durationMs: 0, elapsedMs: 0, runningSince: null },
		locked: false,
		revealed: false
	};
}
