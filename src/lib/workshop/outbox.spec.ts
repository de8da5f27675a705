import { describe, expect, it } from 'vitest';
import { enqueue, keyOf, withQueued, type QueuedWrite } from './outbox';
import type { MyState } from './state';
import { checkVote } from './voting';

/** A participant's own inputs, as far as these rules read them (each kind adds its own part). */
const known: Partial<MyState> = {
	perspective: null,
	seat: null,
	role: '',
	votes: { privacy: 2 },
	ratings: {},
	volunteered: ['c1'],
	reflections: {},
	closing: '',
	own: { cards: [], values: [] }
};
const mine = known as MyState;
const write = (id: string, event: QueuedWrite['event'], payload: Record<string, unknown>) => ({
	id,
	event,
	payload
});

describe('the outbox', () => {
	it('keeps every write in the order it was made; a second tap on the same thing replaces the first', () => {
		let queue: QueuedWrite[] = [];
		queue = enqueue(
			queue,
			write('a', 'card:add', { clientId: 'a', kind: 'risk', text: 'Datalek' })
		);
		queue = enqueue(queue, write('b', 'vote:set', { valueId: 'privacy', dots: 1 }));
		queue = enqueue(
			queue,
			write('c', 'card:add', { clientId: 'c', kind: 'risk', text: 'Storing' })
		);
		queue = enqueue(queue, write('d', 'vote:set', { valueId: 'privacy', dots: 2 }));
		queue = enqueue(queue, write('e', 'vote:set', { valueId: 'privacy', dots: 3 }));
		queue = enqueue(queue, write('f', 'vote:set', { valueId: 'openheid', dots: 1 }));
		expect(queue.map((w) => w.id)).toEqual(['a', 'b', 'c', 'e', 'f']);
		expect(keyOf(write('x', 'tension:add', {}))).toBeNull();
		expect(keyOf(write('x', 'closing:set', { text: 'a' }))).toBe(
			keyOf(write('y', 'closing:set', {}))
		);
	});

	it('shows the waiting inputs over what the server has, leaving the server’s copy alone', () => {
		const shown = withQueued(mine, [
			write('1', 'vote:set', { valueId: 'privacy', dots: 0 }),
			write('2', 'vote:set', { valueId: 'openheid', dots: 3 }),
			write('3', 'rating:set', { actionId: 'a1', necessity: 5, importance: 4 }),
			write('4', 'commitment:volunteer', { commitmentId: 'c1', volunteer: false }),
			write('5', 'commitment:volunteer', { commitmentId: 'c2', volunteer: true }),
			write('6', 'reflection:set', { principleKey: 'p1', score: 2 }),
			write('7', 'closing:set', { text: 'Ik neem mee…' }),
			write('8', 'profile:set', { perspective: 'external', role: 'Bewoner' }),
			write('9', 'card:add', { clientId: '9', kind: 'risk', text: 'x' })
		]);
		expect(shown).toMatchObject({
			votes: { openheid: 3 },
			ratings: { a1: { necessity: 5, importance: 4 } },
			volunteered: ['c2'],
			reflections: { p1: { score: 2, comment: '' } },
			closing: 'Ik neem mee…',
			perspective: 'external',
			role: 'Bewoner'
		});
		expect(shown.votes).not.toHaveProperty('privacy');
		expect(mine.votes).toEqual({ privacy: 2 });
		expect(mine.volunteered).toEqual(['c1']);
		expect(withQueued(mine, [])).toBe(mine);
	});

	it('sends dots in the order of intent, so a budget that held while offline holds on reconnect', () => {
		// On the server: 2 dots on A, 2 on C, a budget of 5. Offline: A to 1, B to 2, A to 0.
		const server = new Map([
			['A', 2],
			['C', 2]
		]);
		let queue: QueuedWrite[] = [];
		for (const [id, valueId, dots] of [
			['1', 'A', 1],
			['2', 'B', 2],
			['3', 'A', 0]
		] as const) {
			queue = enqueue(queue, write(id, 'vote:set', { valueId, dots }));
		}
		const refused = queue.filter(({ payload }) => {
			const valueId = payload.valueId as string;
			const check = checkVote(
				{ budget: 5, maxPerValue: 2 },
				server,
				valueId,
				payload.dots as number
			);
			if (check.ok) server.set(valueId, payload.dots as number);
			return !check.ok;
		});
		expect(refused).toEqual([]);
		expect(Object.fromEntries(server)).toEqual({ A: 0, B: 2, C: 2 });
	});
});
