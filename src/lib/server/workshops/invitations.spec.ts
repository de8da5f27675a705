import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from '../auth';
import { closeDb } from '../db';
import { invitationByToken as findInvitation, pendingInvitations } from '../read-model/invitations';
import {
	coFacilitatorsOf as listCoFacilitators,
	facilitatedWorkshop as getFacilitatedWorkshop
} from '../read-model/workshops';
import { asFacilitator } from '../testing/act';
import * as invitations from './invitations';
import { answerInvitation, purgeExpiredInvitations } from './invitations';
import { createWorkshop } from './workshops';

/** The owner invites (the command refuses anyone else). */
const createInvitation = (
	workshopId: string,
	email: string,
	owner: { id: string; displayName: string },
	now?: number
) => asFacilitator(workshopId, owner, (ctx) => invitations.createInvitation(ctx, email), now);

beforeEach(() => closeDb());

async function account(name: string) {
	return createFacilitator({
		email: `${name.toLowerCase()}${Math.random()}@gemeente.nl`,
		displayName: name,
		password: 'a long test password'
	});
}
async function setUp() {
	const owner = await account('Anne');
	const colleague = await account('Bas');
	const workshop = createWorkshop(owner.id, {
		title: 'Slimme lantaarnpalen',
		organisation: 'Gemeente',
		caseDescription: '',
		scheduledOn: '2026-12-01',
		language: 'nl'
	});
	return { owner, colleague, workshop };
}

describe('invitations', () => {
	it('make nobody a co-facilitator until the invited account says yes', async () => {
		const { owner, colleague, workshop } = await setUp();
		const { token } = createInvitation(workshop.id, colleague.email, owner);
		expect(getFacilitatedWorkshop(workshop.id, colleague.id)).toBeNull();
		expect(findInvitation(token)).toMatchObject({
			workshopTitle: 'Slimme lantaarnpalen',
			invitedBy: 'Anne',
			email: colleague.email
		});
		expect(answerInvitation(token, colleague, true)).toEqual({
			answer: 'accepted',
			workshopId: workshop.id
		});
		expect(getFacilitatedWorkshop(workshop.id, colleague.id)).not.toBeNull();
		// The link is spent.
		expect(answerInvitation(token, colleague, true).answer).toBe('not_found');
	});

	it('can only be answered by the account with the invited address', async () => {
		const { owner, colleague, workshop } = await setUp();
		const stranger = await account('Cas');
		const { token } = createInvitation(workshop.id, colleague.email, owner);
		expect(answerInvitation(token, stranger, true).answer).toBe('wrong_account');
		expect(getFacilitatedWorkshop(workshop.id, stranger.id)).toBeNull();
		expect(
			answerInvitation(token, { ...colleague, email: colleague.email.toUpperCase() }, false)
		).toEqual({ answer: 'declined' });
		expect(listCoFacilitators(workshop.id)).toEqual([]);
		expect(pendingInvitations(workshop.id)).toEqual([]);
	});

	it('are replaced by a new one for the same address, revoked by the owner, and expire', async () => {
		const { owner, colleague, workshop } = await setUp();
		const now = Date.parse('2026-11-23T10:00:00Z');
		const first = createInvitation(workshop.id, colleague.email, owner, now);
		const second = createInvitation(workshop.id, colleague.email, owner, now + 1);
		expect(findInvitation(first.token, now + 2)).toBeNull();
		expect(pendingInvitations(workshop.id, now + 2)).toHaveLength(1);
		const { id } = pendingInvitations(workshop.id, now + 2)[0]!;
		expect(asFacilitator(workshop.id, owner, (ctx) => invitations.revokeInvitation(ctx, id))).toBe(
			true
		);
		expect(findInvitation(second.token, now + 2)).toBeNull();

		const third = createInvitation(workshop.id, 'nieuw@gemeente.nl', owner, now);
		expect(findInvitation(third.token, third.expiresAt - 1)).not.toBeNull();
		expect(findInvitation(third.token, third.expiresAt)).toBeNull();
		expect(purgeExpiredInvitations(third.expiresAt)).toBe(1);
	});
});
