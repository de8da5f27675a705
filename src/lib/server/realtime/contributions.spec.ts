import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientToServerEvents } from '$lib/realtime/events';
import { getDb } from '../db';
import {
	barrier,
	connectionOutcome,
	joinedParticipant,
	nextEvent,
	nextPatch,
	sendRaw,
	signedInFacilitator,
	startHarness,
	workshopOf,
	type Harness,
	type TestClient
} from '../testing/realtime-harness';
import { moveRoom } from '../testing/act';

let harness: Harness;
beforeEach(async () => {
	harness = await startHarness();
});
afterEach(() => harness.close());

const emit =
	(client: TestClient) => (event: keyof ClientToServerEvents | string, payload?: unknown) =>
		sendRaw(client, event, payload);

async function room() {
	const { facilitator, cookie } = await signedInFacilitator();
	const workshop = workshopOf(facilitator.id);
	const dashboard = harness.connect({ workshopId: workshop.id, view: 'dashboard' }, cookie);
	expect(await connectionOutcome(dashboard)).toBe('connected');
	const phone = (name: string) => {
		const { participant, cookie: phoneCookie } = joinedParticipant(workshop.id, name);
		return {
			participant,
			client: harness.connect({ workshopId: workshop.id, view: 'participant' }, phoneCookie)
		};
	};
	const anne = phone('Anne');
	const bram = phone('Bram');
	expect(await connectionOutcome(anne.client)).toBe('connected');
	expect(await connectionOutcome(bram.client)).toBe('connected');
	const valueId = (name: string) =>
		getDb()
			.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? AND name_nl = ?')
			.pluck()
			.get(workshop.id, name) as string;
	return {
		workshop,
		cookie,
		dashboard: emit(dashboard),
		dashboardClient: dashboard,
		anne,
		bram,
		valueId
	};
}

describe('dot voting over the socket', () => {
	it('keeps every participant within the budget and the per-value maximum', async () => {
		const { workshop, anne, valueId } = await room();
		moveRoom(workshop.id, 3);
		const vote = (value: string, dots: number) =>
			emit(anne.client)('vote:set', { valueId: valueId(value), dots });
		expect(await vote('Privacy', 2)).toMatchObject({
			ok: true,
			data: { votes: { [valueId('Privacy')]: 2 } }
		});
		expect(await vote('Privacy', 3)).toEqual({ ok: false, error: 'VALUE_LIMIT' });
		expect(await vote('Transparantie', 2)).toMatchObject({ ok: true });
		expect(await vote('Veiligheid', 2)).toEqual({ ok: false, error: 'BUDGET_EXCEEDED' });
		expect(await vote('Veiligheid', 1)).toMatchObject({ ok: true });
		// A retried vote sets the same number again: nothing is counted twice.
		expect(await vote('Veiligheid', 1)).toMatchObject({ ok: true });
		const total = getDb().prepare('SELECT SUM(dots) FROM value_votes').pluck().get();
		expect(total).toBe(5);
	});

	it('is blind: a vote reaches only the facilitator until the results are revealed', async () => {
		const { workshop, dashboard, dashboardClient, anne, bram, valueId } = await room();
		moveRoom(workshop.id, 3);
		const phoneHeard: Record<string, unknown>[][] = [];
		bram.client.on('state:patch', (patch) => phoneHeard.push(patch as Record<string, unknown>[]));
		const privacy = valueId('Privacy');
		const facilitatorUpdate = nextPatch(dashboardClient, (op) => op.upsert === 'tallies');
		await emit(anne.client)('vote:set', { valueId: privacy, dots: 1 });
		const patch = await facilitatorUpdate;
		expect(patch).toContainEqual({
			upsert: 'tallies',
			item: { valueId: privacy, dots: 1, voters: 1 }
		});
		// Anne and Bram are connected: one of the two present has voted.
		expect(patch).toContainEqual({
			set: 'progress',
			value: { present: 2, step: 3, done: 1 }
		});
		// Everything sent to the phone so far has arrived: no tally, no count among it.
		await barrier(dashboardClient, bram.client, 3);
		expect(phoneHeard.flat().filter((op) => op.upsert !== 'steps')).toEqual([]);

		const revealed = nextPatch(bram.client, (op) => op.set === 'tallies');
		expect(await dashboard('step:flags', { step: 3, revealed: true })).toEqual({
			ok: true,
			data: null
		});
		expect(await revealed).toContainEqual({
			set: 'tallies',
			value: [{ valueId: privacy, dots: 1, voters: 1 }]
		});
		// Once revealed, a vote updates the phones too, with just that value's tally.
		const next = nextPatch(bram.client, (op) => op.upsert === 'tallies');
		await emit(anne.client)('vote:set', { valueId: privacy, dots: 2 });
		expect(await next).toEqual([
			{ upsert: 'tallies', item: { valueId: privacy, dots: 2, voters: 1 } }
		]);
		// Hidden again: the phones lose the tallies at once.
		const concealed = nextPatch(bram.client, (op) => op.set === 'tallies');
		await dashboard('step:flags', { step: 3, revealed: false });
		expect(await concealed).toContainEqual({ set: 'tallies', value: null });
	});
});

describe('participant writes', () => {
	it('belong to the current step, and stop while input is locked', async () => {
		const { workshop, dashboard, anne } = await room();
		const card = { clientId: 'card-0001', kind: 'risk', text: 'Function creep' };
		expect(await emit(anne.client)('card:add', card)).toEqual({ ok: false, error: 'WRONG_STEP' });
		moveRoom(workshop.id, 2);
		await dashboard('step:flags', { step: 2, locked: true });
		expect(await emit(anne.client)('card:add', card)).toEqual({ ok: false, error: 'LOCKED' });
		await dashboard('step:flags', { step: 2, locked: false });
		expect(await emit(anne.client)('card:add', card)).toMatchObject({ ok: true });
	});

	it('are stored once when a phone retries after a lost answer', async () => {
		const { workshop, anne } = await room();
		moveRoom(workshop.id, 2);
		const card = { clientId: 'retry-1234', kind: 'stakeholder', text: 'Ondernemers' };
		await Promise.all([emit(anne.client)('card:add', card), emit(anne.client)('card:add', card)]);
		await emit(anne.client)('card:add', card);
		expect(getDb().prepare('SELECT COUNT(*) FROM cards').pluck().get()).toBe(1);
	});

	it('reach every screen at once as a patch, without the author on phones', async () => {
		const { workshop, dashboard, dashboardClient, anne, bram } = await room();
		moveRoom(workshop.id, 2);
		const onPhone = nextPatch(bram.client, (op) => op.upsert === 'cards');
		const onDashboard = nextPatch(dashboardClient, (op) => op.upsert === 'cards');
		const card = { clientId: 'patch-1234', kind: 'risk', text: 'Gezichtsherkenning' };
		const reply = await emit(anne.client)('card:add', card);
		expect(reply).toMatchObject({ ok: true, data: { id: expect.any(String) } });
		const id = (reply.data as { id: string }).id;
		expect(await onPhone).toEqual([
			{
				upsert: 'cards',
				item: {
					id,
					kind: 'risk',
					text: 'Gezichtsherkenning',
					cluster: '',
					selected: false,
					valueIds: []
				}
			}
		]);
		const [onDashboardOp] = await onDashboard;
		expect(onDashboardOp).toMatchObject({ upsert: 'cards', item: { id, author: 'Anne' } });

		// Hiding takes the card off the phones; a retry of the add answers with the same id and
		// tells no phone anything.
		const removed = nextPatch(bram.client, (op) => op.remove === 'cards');
		expect(await dashboard('card:edit', { id, hidden: true })).toMatchObject({ ok: true });
		expect(await removed).toEqual([{ remove: 'cards', key: id }]);
		const phoneHeard: Record<string, unknown>[][] = [];
		bram.client.on('state:patch', (patch) => phoneHeard.push(patch as Record<string, unknown>[]));
		const hiddenOnDashboard = nextPatch(dashboardClient, (op) => op.upsert === 'cards');
		expect(await emit(anne.client)('card:add', card)).toEqual({ ok: true, data: { id } });
		expect((await hiddenOnDashboard)[0]).toMatchObject({ item: { id, hidden: true } });
		await barrier(dashboardClient, bram.client, 2);
		expect(phoneHeard.flat().filter((op) => op.upsert !== 'steps')).toEqual([
			{ remove: 'cards', key: id }
		]);
	});

	it('cannot run facilitator commands', async () => {
		const { workshop, anne, valueId } = await room();
		const attempts: [string, unknown][] = [
			['step:flags', { step: 1, locked: true }],
			['timer:control', { step: 1, action: 'start' }],
			['value:select', { valueId: valueId('Privacy'), selected: true }],
			['voting:rules', { budget: 20, maxPerValue: 20 }],
			['commitment:update', { id: 'x', owner: 'Anne', dueOn: null, status: 'done' }]
		];
		for (const [event, payload] of attempts) {
			expect(await emit(anne.client)(event, payload)).toEqual({ ok: false, error: 'FORBIDDEN' });
		}
		expect(
			getDb().prepare('SELECT dot_budget FROM workshops WHERE id = ?').pluck().get(workshop.id)
		).toBe(5);
		expect(getDb().prepare('SELECT SUM(selected) FROM workshop_values').pluck().get()).toBe(0);
	});
});

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

describe('the beamer’s display', () => {
	it('follows the facilitator’s settings and pages, and the phones hear nothing of it', async () => {
		const { workshop, cookie, dashboard, dashboardClient, bram } = await room();
		const beamer = harness.connect({ workshopId: workshop.id, view: 'beamer' }, cookie);
		expect(await connectionOutcome(beamer)).toBe('connected');
		const phoneHeard: Record<string, unknown>[][] = [];
		bram.client.on('state:patch', (patch) => phoneHeard.push(patch as Record<string, unknown>[]));
		const onBeamer = nextPatch(beamer, (op) => op.set === 'display');
		expect(await dashboard('display:set', { join: 'hidden', chime: true })).toEqual({
			ok: true,
			data: null
		});
		expect(await onBeamer).toContainEqual({
			set: 'display',
			value: { join: 'hidden', closingNotes: false, chime: true }
		});
		const turned = nextEvent(beamer, 'beamer:page');
		expect(await dashboard('beamer:page', { delta: -1 })).toEqual({ ok: true, data: null });
		expect(await turned).toBe(-1);
		expect(await dashboard('display:set', {})).toEqual({ ok: false, error: 'INVALID_PAYLOAD' });
		expect(await dashboard('beamer:page', { delta: 2 })).toEqual({
			ok: false,
			error: 'INVALID_PAYLOAD'
		});
		await barrier(dashboardClient, bram.client, 1);
		expect(phoneHeard.flat().filter((op) => op.upsert !== 'steps')).toEqual([]);
	});
});
