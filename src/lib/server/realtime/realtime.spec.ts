import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invalidateSession } from '../auth';
import { getDb } from '../db';
import { hashToken } from '../ids';
import { disconnectSession } from '.';
import {
	connectionOutcome,
	joinedParticipant,
	nextEvent,
	sendRaw,
	signedInFacilitator,
	startHarness,
	workshopOf,
	type Harness,
	type TestClient
} from '../testing/realtime-harness';
import { workshopRow as getWorkshop } from '../read-model/rows';
import { addCoFacilitator, removeCoFacilitator } from '../testing/fixtures';
import { sweepFacilitatorSockets } from './facilitator-access';
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

describe('socket authentication', () => {
	it('lets a participant into its own workshop only', async () => {
		const { facilitator } = await signedInFacilitator();
		const mine = workshopOf(facilitator.id);
		const other = workshopOf(facilitator.id, 'Algoritmeregister');
		const { cookie } = joinedParticipant(mine.id, 'Anne');

		await connected(harness.connect({ workshopId: mine.id, view: 'participant' }, cookie));
		// The same cookie presented for another workshop is ignored.
		const elsewhere = harness.connect({ workshopId: other.id, view: 'participant' }, cookie);
		expect(await connectionOutcome(elsewhere)).toBe('UNAUTHORIZED');
		// A participant cannot pose as the facilitator.
		const posing = harness.connect({ workshopId: mine.id, view: 'dashboard' }, cookie);
		expect(await connectionOutcome(posing)).toBe('UNAUTHORIZED');
	});

	it('lets a facilitator into workshops it owns only', async () => {
		const owner = await signedInFacilitator();
		const stranger = await signedInFacilitator();
		const workshop = workshopOf(owner.facilitator.id);

		await connected(harness.connect({ workshopId: workshop.id, view: 'dashboard' }, owner.cookie));
		await connected(harness.connect({ workshopId: workshop.id, view: 'beamer' }, owner.cookie));
		const intruder = harness.connect(
			{ workshopId: workshop.id, view: 'dashboard' },
			stranger.cookie
		);
		expect(await connectionOutcome(intruder)).toBe('FORBIDDEN');
	});

	it('closes the sockets of a session that signs out, and refuses them after', async () => {
		const owner = await signedInFacilitator();
		const elsewhere = await signedInFacilitator();
		const workshop = workshopOf(owner.facilitator.id);
		const dashboard = await connected(
			harness.connect({ workshopId: workshop.id, view: 'dashboard' }, owner.cookie)
		);
		const beamer = await connected(
			harness.connect({ workshopId: workshop.id, view: 'beamer' }, owner.cookie)
		);
		const other = await connected(
			harness.connect(
				{ workshopId: workshopOf(elsewhere.facilitator.id).id, view: 'dashboard' },
				elsewhere.cookie
			)
		);
		const closed = Promise.all(
			[dashboard, beamer].map((c) => new Promise((resolve) => c.once('disconnect', resolve)))
		);
		const sessionId = hashToken(owner.cookie.split('=')[1]!);
		invalidateSession(sessionId);
		disconnectSession(harness.io, sessionId);
		expect(await closed).toEqual(['io server disconnect', 'io server disconnect']);
		expect(other.connected).toBe(true);
		const again = harness.connect({ workshopId: workshop.id, view: 'dashboard' }, owner.cookie);
		expect(await connectionOutcome(again)).toBe('UNAUTHORIZED');
	});

	it('refuses a facilitator event once the session has ended elsewhere, and closes the socket', async () => {
		const owner = await signedInFacilitator();
		const workshop = workshopOf(owner.facilitator.id);
		const dashboard = await connected(
			harness.connect({ workshopId: workshop.id, view: 'dashboard' }, owner.cookie)
		);
		expect(await sendRaw(dashboard, 'step:set', { step: 2 })).toMatchObject({ ok: true });
		// The session expires (or is deleted by signing out on another device, without a broadcast).
		getDb()
			.prepare('UPDATE facilitator_sessions SET expires_at = ? WHERE id = ?')
			.run(Date.now() - 1, hashToken(owner.cookie.split('=')[1]!));
		const closed = new Promise((resolve) => dashboard.once('disconnect', resolve));
		expect(await sendRaw(dashboard, 'step:set', { step: 3 })).toEqual({
			ok: false,
			error: 'UNAUTHORIZED'
		});
		expect(await closed).toBe('io server disconnect');
		expect(getWorkshop(workshop.id)!.currentStep).toBe(2);
	});

	it('closes quiet dashboard and beamer sockets that lost access, and only those', async () => {
		const owner = await signedInFacilitator();
		const colleague = await signedInFacilitator();
		const workshop = workshopOf(owner.facilitator.id);
		addCoFacilitator(workshop.id, colleague.facilitator.id);
		const sockets = await Promise.all(
			[owner.cookie, colleague.cookie, colleague.cookie].map((cookie, i) =>
				connected(
					harness.connect(
						{ workshopId: workshop.id, view: i === 2 ? 'beamer' : 'dashboard' },
						cookie
					)
				)
			)
		);
		const { cookie } = joinedParticipant(workshop.id, 'Anne');
		const phone = await connected(
			harness.connect({ workshopId: workshop.id, view: 'participant' }, cookie)
		);
		expect(sweepFacilitatorSockets(harness.io)).toBe(0);
		removeCoFacilitator(workshop.id, colleague.facilitator.id);
		const closed = Promise.all(
			sockets.slice(1).map((c) => new Promise((resolve) => c.once('disconnect', resolve)))
		);
		expect(sweepFacilitatorSockets(harness.io)).toBe(2);
		await closed;
		expect(sockets[0]!.connected).toBe(true);
		expect(phone.connected).toBe(true);
		// A resync from a closed-off screen gets nothing either.
		const again = harness.connect({ workshopId: workshop.id, view: 'dashboard' }, colleague.cookie);
		expect(await connectionOutcome(again)).toBe('FORBIDDEN');
	});

	it('refuses handshakes without identity or with malformed auth', async () => {
		const { facilitator } = await signedInFacilitator();
		const workshop = workshopOf(facilitator.id);
		expect(
			await connectionOutcome(harness.connect({ workshopId: workshop.id, view: 'dashboard' }))
		).toBe('UNAUTHORIZED');
		for (const auth of [
			{},
			{ workshopId: 42, view: 'dashboard' },
			{ workshopId: workshop.id, view: 'admin' }
		]) {
			expect(await connectionOutcome(harness.connect(auth))).toBe('INVALID_HANDSHAKE');
		}
	});
});

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
