// What phones write over the socket: dots within the rules and blind until revealed, cards of
// the current step stored once, and what the beamer shows. Their own contributions and the
// actions they lead to: ./own-contributions.spec.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../db';
import {
	barrier,
	connectionOutcome,
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
