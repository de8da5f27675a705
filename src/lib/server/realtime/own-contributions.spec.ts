// A participant's own contributions over the socket (edited and withdrawn by their author only)
// and the actions, ratings and commitments that grow from them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../db';
import {
	barrier,
	nextEvent,
	nextPatch,
	startHarness,
	type Harness
} from '../testing/realtime-harness';
import { moveRoom } from '../testing/act';
import { emit, room as roomOf } from '../testing/room';

let harness: Harness;
beforeEach(async () => {
	harness = await startHarness();
});
afterEach(() => harness.close());
const room = () => roomOf(harness);

describe('actions, ratings and commitments', () => {
	it('merging actions moves ratings without counting anyone twice', async () => {
		const { workshop, dashboard, anne, bram, valueId } = await room();
		await dashboard('value:select', { valueId: valueId('Privacy'), selected: true });
		moveRoom(workshop.id, 4);
		await emit(anne.client)('action:propose', {
			clientId: 'action-aaaa',
			valueId: valueId('Privacy'),
			text: 'DPIA uitvoeren'
		});
		await emit(bram.client)('action:propose', {
			clientId: 'action-bbbb',
			valueId: valueId('Privacy'),
			text: 'Een DPIA doen'
		});
		const [first, second] = getDb()
			.prepare('SELECT id FROM cards ORDER BY text')
			.pluck()
			.all() as string[];
		moveRoom(workshop.id, 5);
		await emit(anne.client)('rating:set', { actionId: first, necessity: 5, importance: 4 });
		await emit(anne.client)('rating:set', { actionId: second, necessity: 1, importance: 1 });
		await emit(bram.client)('rating:set', { actionId: second, necessity: 3, importance: 3 });
		expect(await dashboard('card:merge', { sourceId: second, targetId: first })).toMatchObject({
			ok: true
		});
		const ratings = getDb()
			.prepare(
				'SELECT participant_id, necessity FROM action_ratings WHERE action_id = ? ORDER BY necessity'
			)
			.all(first!);
		expect(ratings).toHaveLength(2);
		expect(ratings).toEqual([
			{ participant_id: bram.participant.id, necessity: 3 },
			{ participant_id: anne.participant.id, necessity: 5 }
		]);
		expect(
			await emit(anne.client)('rating:set', { actionId: second, necessity: 2, importance: 2 })
		).toEqual({ ok: false, error: 'NOT_FOUND' });
	});

	it('choosing an action makes a commitment a participant can volunteer for', async () => {
		const { workshop, dashboard, anne } = await room();
		await dashboard('action:add', { text: 'Register publiceren', valueIds: [] });
		const actionId = getDb().prepare('SELECT id FROM cards').pluck().get() as string;
		await dashboard('action:select', { actionId, selected: true });
		const commitmentId = getDb().prepare('SELECT id FROM commitments').pluck().get() as string;
		moveRoom(workshop.id, 6);
		expect(
			await emit(anne.client)('commitment:volunteer', { commitmentId, volunteer: true })
		).toMatchObject({
			ok: true,
			data: { volunteered: [commitmentId] }
		});
		expect(
			await dashboard('commitment:update', {
				id: commitmentId,
				owner: 'Anne',
				dueOn: '2027-01-31',
				status: 'on_track'
			})
		).toMatchObject({ ok: true });
		expect(
			await dashboard('commitment:update', {
				id: commitmentId,
				owner: 'Anne',
				dueOn: '31-01-2027',
				status: 'on_track'
			})
		).toEqual({ ok: false, error: 'INVALID_PAYLOAD' });
		expect(getDb().prepare('SELECT owner, due_on, status FROM commitments').get()).toEqual({
			owner: 'Anne',
			due_on: '2027-01-31',
			status: 'on_track'
		});
		// Two quick edits of different fields, sent at once, both stick.
		await Promise.all([
			dashboard('commitment:update', { id: commitmentId, dueOn: '2027-03-01' }),
			dashboard('commitment:update', { id: commitmentId, status: 'done' })
		]);
		expect(getDb().prepare('SELECT owner, due_on, status FROM commitments').get()).toEqual({
			owner: 'Anne',
			due_on: '2027-03-01',
			status: 'done'
		});
		// Nobody takes on a finished commitment; one who had volunteered may still step back.
		expect(
			await emit(anne.client)('commitment:volunteer', { commitmentId, volunteer: true })
		).toEqual({ ok: false, error: 'CLOSED' });
		expect(
			await emit(anne.client)('commitment:volunteer', { commitmentId, volunteer: false })
		).toMatchObject({ ok: true, data: { volunteered: [] } });
		expect(await dashboard('commitment:update', { id: commitmentId })).toEqual({
			ok: false,
			error: 'INVALID_PAYLOAD'
		});
	});
});

describe('a participant’s own contributions', () => {
	it('can be edited and withdrawn by their author only, while their step is open', async () => {
		const { workshop, dashboard, anne, bram } = await room();
		moveRoom(workshop.id, 2);
		const added = await emit(anne.client)('card:add', {
			clientId: 'own-card-1',
			kind: 'risk',
			text: 'Beeldn lekken'
		});
		const id = (added.data as { id: string }).id;
		expect(added).toMatchObject({ ok: true });
		const edited = await emit(anne.client)('card:edit-own', { id, text: 'Beelden lekken uit' });
		expect(edited).toMatchObject({ ok: true, data: { own: { cards: [id] } } });
		expect(getDb().prepare('SELECT text FROM cards WHERE id = ?').pluck().get(id)).toBe(
			'Beelden lekken uit'
		);
		// Not someone else's card.
		expect(await emit(bram.client)('card:edit-own', { id, text: 'Van Bram' })).toEqual({
			ok: false,
			error: 'NOT_FOUND'
		});
		expect(await emit(bram.client)('card:withdraw', { id })).toEqual({
			ok: false,
			error: 'NOT_FOUND'
		});
		// Not once input is closed, nor after the step.
		await dashboard('step:flags', { step: 2, locked: true });
		expect(await emit(anne.client)('card:withdraw', { id })).toEqual({
			ok: false,
			error: 'LOCKED'
		});
		await dashboard('step:flags', { step: 2, locked: false });
		moveRoom(workshop.id, 3);
		expect(await emit(anne.client)('card:withdraw', { id })).toEqual({
			ok: false,
			error: 'WRONG_STEP'
		});
		moveRoom(workshop.id, 2);
		const gone = nextPatch(bram.client, (op) => op.remove === 'cards');
		expect(await emit(anne.client)('card:withdraw', { id })).toMatchObject({
			ok: true,
			data: { own: { cards: [] } }
		});
		expect(await gone).toEqual([{ remove: 'cards', key: id }]);
		expect(getDb().prepare('SELECT COUNT(*) FROM cards').pluck().get()).toBe(0);
	});

	it('are known as their own by the adding phone at once, and by no one else', async () => {
		const { workshop, dashboard, dashboardClient, anne, bram, valueId } = await room();
		let bramHeard = 0;
		bram.client.on('mine:changed', () => bramHeard++);
		moveRoom(workshop.id, 2);
		let mine = nextEvent(anne.client, 'mine:changed');
		const card = await emit(anne.client)('card:add', {
			clientId: 'mine-card-1',
			kind: 'risk',
			text: 'Beelden lekken'
		});
		expect(card).toMatchObject({ ok: true });
		const cardId = (card.data as { id: string }).id;
		expect((await mine).own.cards).toEqual([cardId]);
		// A retry of the same add (its answer lost) tells it again; still one card.
		mine = nextEvent(anne.client, 'mine:changed');
		await emit(anne.client)('card:add', {
			clientId: 'mine-card-1',
			kind: 'risk',
			text: 'Beelden lekken'
		});
		expect((await mine).own.cards).toEqual([cardId]);

		moveRoom(workshop.id, 3);
		mine = nextEvent(anne.client, 'mine:changed');
		const value = await emit(anne.client)('value:add', {
			clientId: 'mine-value-1',
			principleKey: 'human_rights',
			name: 'Proportionaliteit'
		});
		expect((await mine).own.values).toEqual([(value.data as { id: string }).id]);

		await dashboard('value:select', { valueId: valueId('Privacy'), selected: true });
		moveRoom(workshop.id, 4);
		mine = nextEvent(anne.client, 'mine:changed');
		const action = await emit(anne.client)('action:propose', {
			clientId: 'mine-action-1',
			valueId: valueId('Privacy'),
			text: 'DPIA doen'
		});
		expect((await mine).own.cards).toEqual([cardId, (action.data as { id: string }).id]);
		await barrier(dashboardClient, bram.client, 4);
		expect(bramHeard).toBe(0);
	});

	it('keep a value that others voted on, and an action that became a commitment', async () => {
		const { workshop, dashboard, anne, bram, valueId } = await room();
		moveRoom(workshop.id, 3);
		const own = await emit(anne.client)('value:add', {
			clientId: 'own-value-1',
			principleKey: 'human_rights',
			name: 'Proportionalitijt'
		});
		const id = (own.data as { id: string }).id;
		expect(
			await emit(anne.client)('value:edit-own', { id, name: 'Proportionaliteit' })
		).toMatchObject({ ok: true });
		await emit(bram.client)('vote:set', { valueId: id, dots: 1 });
		expect(await emit(anne.client)('value:withdraw', { id })).toEqual({
			ok: false,
			error: 'IN_USE'
		});
		await emit(bram.client)('vote:set', { valueId: id, dots: 0 });
		await emit(anne.client)('vote:set', { valueId: id, dots: 2 });
		expect(await emit(anne.client)('value:withdraw', { id })).toMatchObject({
			ok: true,
			data: { votes: {}, own: { values: [] } }
		});

		await dashboard('value:select', { valueId: valueId('Privacy'), selected: true });
		moveRoom(workshop.id, 4);
		const proposed = await emit(anne.client)('action:propose', {
			clientId: 'own-action-1',
			valueId: valueId('Privacy'),
			text: 'DPIA doen'
		});
		const actionId = (proposed.data as { id: string }).id;
		await dashboard('action:select', { actionId, selected: true });
		expect(await emit(anne.client)('card:withdraw', { id: actionId })).toEqual({
			ok: false,
			error: 'IN_USE'
		});
		expect(
			await emit(anne.client)('card:edit-own', { id: actionId, text: 'Een DPIA doen' })
		).toMatchObject({ ok: true });
	});
});
