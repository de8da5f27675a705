// The room over real sockets: the facilitator moves the steps and every screen follows, payloads
// are checked, and presence counts each phone once. Who may connect: ./handshake.spec.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../db';
import {
	connectionOutcome,
	joinedParticipant,
	nextEvent,
	signedInFacilitator,
	startHarness,
	workshopOf,
	type Harness,
	type TestClient
} from '../testing/realtime-harness';
import { workshopRow as getWorkshop } from '../read-model/rows';
import { PRESENCE_GRACE_MS, presenceOf } from './presence';

let harness: Harness;
beforeEach(async () => {
	harness = await startHarness();
});
afterEach(() => harness.close());

async function connected(client: TestClient) {
	expect(await connectionOutcome(client)).toBe('connected');
	return client;
}

describe('steps', () => {
	it('the facilitator moves the room to the next step and every phone follows', async () => {
		const { facilitator, cookie } = await signedInFacilitator();
		const workshop = workshopOf(facilitator.id);
		const dashboard = await connected(
			harness.connect({ workshopId: workshop.id, view: 'dashboard' }, cookie)
		);
		const phones = await Promise.all(
			['Anne', 'Bram', 'Chantal'].map(async (name) =>
				connected(
					harness.connect(
						{ workshopId: workshop.id, view: 'participant' },
						joinedParticipant(workshop.id, name).cookie
					)
				)
			)
		);
		const followed = phones.map((phone) => nextEvent(phone, 'step:changed'));
		const response = await dashboard.emitWithAck('step:set', { step: 2 });
		expect(response).toMatchObject({ ok: true, data: { step: 2 } });
		for (const state of await Promise.all(followed)) expect(state.step).toBe(2);
		expect(getWorkshop(workshop.id)?.currentStep).toBe(2);

		// A phone that reconnects gets the current step in its snapshot.
		const late = await connected(
			harness.connect(
				{ workshopId: workshop.id, view: 'participant' },
				joinedParticipant(workshop.id, 'Dirk').cookie
			)
		);
		const sync = await late.emitWithAck('state:sync', {});
		expect(sync).toMatchObject({
			ok: true,
			data: { view: 'participant', step: { step: 2 }, you: { displayName: 'Dirk' } }
		});
		expect(sync.ok && 'participants' in sync.data).toBe(false);
	});

	it('participants and the beamer cannot change the step', async () => {
		const { facilitator, cookie } = await signedInFacilitator();
		const workshop = workshopOf(facilitator.id);
		const phone = await connected(
			harness.connect(
				{ workshopId: workshop.id, view: 'participant' },
				joinedParticipant(workshop.id, 'Anne').cookie
			)
		);
		const beamer = await connected(
			harness.connect({ workshopId: workshop.id, view: 'beamer' }, cookie)
		);
		expect(await phone.emitWithAck('step:set', { step: 3 })).toEqual({
			ok: false,
			error: 'FORBIDDEN'
		});
		expect(await beamer.emitWithAck('step:set', { step: 3 })).toEqual({
			ok: false,
			error: 'FORBIDDEN'
		});
		expect(getWorkshop(workshop.id)?.currentStep).toBe(1);
	});

	it('answers malformed payloads with INVALID_PAYLOAD and changes nothing', async () => {
		const { facilitator, cookie } = await signedInFacilitator();
		const workshop = workshopOf(facilitator.id);
		const dashboard = await connected(
			harness.connect({ workshopId: workshop.id, view: 'dashboard' }, cookie)
		);
		const before = getDb().prepare('SELECT * FROM workshops').all();
		const hostile: unknown[] = [
			undefined,
			null,
			{},
			{ step: 0 },
			{ step: 101 },
			{ step: 2.5 },
			{ step: '2' },
			{ step: 2, extra: true },
			[2],
			'step',
			{ step: { $gt: 0 } },
			{ __proto__: { step: 2 } }
		];
		for (const payload of hostile) {
			const response = await (dashboard.emitWithAck as (e: string, p: unknown) => Promise<unknown>)(
				'step:set',
				payload
			);
			expect(response).toEqual({ ok: false, error: 'INVALID_PAYLOAD' });
		}
		// A well-formed number of a step this workshop does not have is not found.
		expect(await dashboard.emitWithAck('step:set', { step: 7 })).toEqual({
			ok: false,
			error: 'NOT_FOUND'
		});
		expect(getDb().prepare('SELECT * FROM workshops').all()).toEqual(before);
		// The connection is still fine afterwards.
		expect(await dashboard.emitWithAck('step:set', { step: 6 })).toMatchObject({ ok: true });
	});
});

describe('presence', () => {
	it('shows the facilitator who joined, live', async () => {
		const { facilitator, cookie } = await signedInFacilitator();
		const workshop = workshopOf(facilitator.id);
		const dashboard = await connected(
			harness.connect({ workshopId: workshop.id, view: 'dashboard' }, cookie)
		);
		const update = nextEvent(dashboard, 'presence:changed');
		await connected(
			harness.connect(
				{ workshopId: workshop.id, view: 'participant' },
				joinedParticipant(workshop.id, 'Zoë').cookie
			)
		);
		// Only who changed travels: not the whole list again.
		expect(await update).toEqual({
			participants: [expect.objectContaining({ displayName: 'Zoë', online: true })],
			gone: []
		});
		const sync = await dashboard.emitWithAck('state:sync', {});
		expect(sync.ok && sync.data.view === 'dashboard' && sync.data.participants).toEqual([
			expect.objectContaining({ displayName: 'Zoë' })
		]);
	});

	it('does not count a participant twice when the phone reconnects', async () => {
		const { facilitator, cookie } = await signedInFacilitator();
		const workshop = workshopOf(facilitator.id);
		const dashboard = await connected(
			harness.connect({ workshopId: workshop.id, view: 'dashboard' }, cookie)
		);
		const phone = joinedParticipant(workshop.id, 'Anne');
		const first = await connected(
			harness.connect({ workshopId: workshop.id, view: 'participant' }, phone.cookie)
		);
		const onServer = harness.io.sockets.sockets.get(first.id!)!;
		const closed = new Promise((resolve) => onServer.once('disconnect', resolve));
		first.disconnect();
		await closed;
		await connected(
			harness.connect({ workshopId: workshop.id, view: 'participant' }, phone.cookie)
		);
		const sync = await dashboard.emitWithAck('state:sync', {});
		expect(sync.ok && sync.data.view === 'dashboard' && sync.data.participants).toEqual([
			expect.objectContaining({ displayName: 'Anne', online: true })
		]);
		// Long after the grace period only a live socket makes someone present: the new one.
		const later = presenceOf(harness.io, workshop.id, Date.now() + PRESENCE_GRACE_MS + 60_000);
		expect(later).toEqual([expect.objectContaining({ displayName: 'Anne', online: true })]);
	});

	it('tells the dashboard who is gone when a participant is removed, and the beamer the count', async () => {
		const { facilitator, cookie } = await signedInFacilitator();
		const workshop = workshopOf(facilitator.id);
		const dashboard = await connected(
			harness.connect({ workshopId: workshop.id, view: 'dashboard' }, cookie)
		);
		const beamer = await connected(
			harness.connect({ workshopId: workshop.id, view: 'beamer' }, cookie)
		);
		const stays = joinedParticipant(workshop.id, 'Bram');
		const leaves = joinedParticipant(workshop.id, 'Cor');
		for (const phone of [stays, leaves]) {
			const joined = [
				nextEvent(dashboard, 'presence:changed'),
				nextEvent(beamer, 'presence:count')
			];
			await connected(
				harness.connect({ workshopId: workshop.id, view: 'participant' }, phone.cookie)
			);
			const [changed] = await Promise.all(joined);
			// Only the newcomer travels, not everyone who joined before.
			expect(changed).toEqual({
				participants: [expect.objectContaining({ id: phone.participant.id, online: true })],
				gone: []
			});
		}
		const update = nextEvent(dashboard, 'presence:changed');
		const count = nextEvent(beamer, 'presence:count');
		expect(
			await dashboard.emitWithAck('participant:remove', { participantId: leaves.participant.id })
		).toMatchObject({ ok: true });
		expect(await update).toEqual({ participants: [], gone: [leaves.participant.id] });
		expect(await count).toEqual({ total: 1, online: 1 });
	});
});
