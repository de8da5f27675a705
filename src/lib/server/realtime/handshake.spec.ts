// Who may connect, and for how long: a phone to its own workshop, a facilitator to the workshops
// they run; a session that ends or loses access closes its sockets.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invalidateSession } from '../auth';
import { getDb } from '../db';
import { hashToken } from '../ids';
import { disconnectSession } from '.';
import {
	connectionOutcome,
	joinedParticipant,
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
