// Who facilitates a series of sessions (a workshop and the follow-ups planned from it): the same
// people on every session, so a progress report, which tells the whole chain, reaches only them.
import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { facilitates, facilitatesChain } from '../read-model/workshops';
import * as c from '../testing/fixtures';
import { planFollowUp } from './follow-up';

beforeEach(() => closeDb());

const colleague = (name: string) =>
	createFacilitator({
		email: `${name}${Math.random()}@gemeente.nl`,
		displayName: name,
		password: 'a long test password'
	});

/** A workshop, its follow-up and the follow-up's follow-up. */
async function series() {
	const { workshop, owner } = await c.workshopWithCommitments(['Privacytoets']);
	const boss = { kind: 'facilitator', facilitatorId: owner.id, displayName: 'Joëlle' } as const;
	const plan = (from: string, title: string) => {
		const planned = planFollowUp(boss, from, { title, scheduledOn: '2027-02-01' });
		if (!planned.ok) throw new Error(planned.reason);
		return planned.workshop.id;
	};
	const second = plan(workshop.id, 'Vervolg');
	const third = plan(second, 'Derde');
	return { sessions: [workshop.id, second, third], owner };
}

describe('a series of sessions', () => {
	it('gives a colleague invited to any session every session, and takes all of them away again', async () => {
		const { sessions } = await series();
		const [first, second, third] = sessions as [string, string, string];
		const bram = await colleague('Bram');
		// Invited to the last session only: facilitates the ones before too, so the report is theirs.
		c.addCoFacilitator(third, bram.id);
		expect(sessions.map((id) => facilitates(id, bram.id))).toEqual([true, true, true]);
		expect(facilitatesChain(third, bram.id)).toBe(true);
		// Taken away on the first session: gone from the follow-ups too.
		c.removeCoFacilitator(first, bram.id);
		expect(sessions.map((id) => facilitates(id, bram.id))).toEqual([false, false, false]);

		// Added on the first: the follow-ups planned before and after it have them as well.
		const zoe = await colleague('Zoë');
		c.addCoFacilitator(first, zoe.id);
		expect(sessions.map((id) => facilitates(id, zoe.id))).toEqual([true, true, true]);
		c.removeCoFacilitator(second, zoe.id);
		expect(sessions.map((id) => facilitates(id, zoe.id))).toEqual([false, false, false]);
	});

	it('keeps a colleague of another series out of every session', async () => {
		const { sessions } = await series();
		const other = await series();
		const stranger = await colleague('Anne');
		c.addCoFacilitator(other.sessions[1]!, stranger.id);
		expect(sessions.map((id) => facilitates(id, stranger.id))).toEqual([false, false, false]);
		expect(other.sessions.map((id) => facilitates(id, stranger.id))).toEqual([true, true, true]);
	});

	it('refuses the report to who was given one later session before this rule', async () => {
		const { sessions } = await series();
		const [, , third] = sessions as [string, string, string];
		const earlier = await colleague('Karin');
		// As the database may hold it from before: a co-facilitator of the last session only.
		getDb()
			.prepare(
				'INSERT INTO workshop_facilitators (workshop_id, facilitator_id, added_at) VALUES (?, ?, 0)'
			)
			.run(third, earlier.id);
		expect(facilitates(third, earlier.id)).toBe(true);
		expect(facilitatesChain(third, earlier.id)).toBe(false);
	});
});
