import { beforeEach, describe, expect, it } from 'vitest';
import { dutchDate } from '$lib/dates';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { confirmAccount } from '../email-confirmation';
import { methodFor, saveDefaultTemplate, templateOfMethod } from '../library/templates';
import {
	auditOf,
	inviteByToken,
	membershipOf,
	overseenWorkshop,
	workshopsOfOrganisation
} from '../read-model/organisations';
import { progressReportOf } from '../read-model/progress';
import { organisationRegisterOf } from '../read-model/register';
import { workshopsOf } from '../read-model/rows';
import { facilitatedWorkshop } from '../read-model/workshops';
import { addCard, commit, updateCommitment } from '../testing/fixtures';
import { asFacilitator } from '../testing/act';
import { DomainError } from '../workshops/command';
import { answerInvitation, createInvitation } from '../workshops/invitations';
import { createWorkshop } from '../workshops/workshops';
import { methodByKey } from '$lib/methods';
import { executeOrganisation } from './command';
import {
	answerInvite,
	applyClaims,
	changeRole,
	foundOrganisation,
	inviteMember,
	removeMember
} from './members';
import {
	linkSignIn,
	setOrganisationTemplate,
	setRetentionDefault,
	setSignInSettings
} from './settings';

beforeEach(() => closeDb());

async function account(name: string, confirmed = true) {
	const created = await createFacilitator({
		email: `${name.toLowerCase()}${Math.random()}@gemeente.nl`,
		displayName: name,
		password: 'a long test password'
	});
	if (confirmed) confirmAccount(created.id);
	return { ...created, emailConfirmed: confirmed };
}

type Account = Awaited<ReturnType<typeof account>>;

const beheer =
	(who: Account, organisationId: string) =>
	<R>(command: Parameters<typeof executeOrganisation<R>>[2]) =>
		executeOrganisation(
			organisationId,
			{ kind: 'beheerder', facilitatorId: who.id, displayName: who.displayName },
			command
		);

const refusal = (run: () => unknown) => {
	try {
		run();
	} catch (err) {
		if (err instanceof DomainError) return err.code;
		throw err;
	}
	return 'none';
};

const newWorkshop = (ownerId: string, title = 'Cameratoezicht') =>
	createWorkshop(ownerId, {
		title,
		organisation: 'Gemeente',
		caseDescription: '',
		scheduledOn: '2026-11-01',
		language: 'nl'
	});

/** An organisation with a beheerder, and a member in each other role who accepted an invitation. */
async function organisation(name: string) {
	const anne = await account(`Anne-${name}`);
	const id = foundOrganisation(anne, name);
	const bas = await account(`Bas-${name}`);
	const kim = await account(`Kim-${name}`);
	beheer(anne, id)((ctx) => inviteMember(ctx, bas.email, 'begeleider'));
	beheer(anne, id)((ctx) => inviteMember(ctx, kim.email, 'meekijker'));
	answerInvite(bas, id, true);
	answerInvite(kim, id, true);
	return { id, anne, bas, kim };
}

describe('organisations', () => {
	it('founds one with its founder as beheerder, and logs every change with who and when', async () => {
		const { id, anne, bas, kim } = await organisation('Gemeente Utrecht');
		expect(membershipOf(anne.id)).toMatchObject({ organisationId: id, role: 'beheerder' });
		expect(membershipOf(bas.id)?.role).toBe('begeleider');
		expect(membershipOf(kim.id)?.role).toBe('meekijker');
		beheer(anne, id)((ctx) => changeRole(ctx, kim.id, 'begeleider'));
		const log = auditOf(id);
		expect(log.map((line) => line.action)).toEqual([
			'role_changed',
			'member_joined',
			'member_joined',
			'member_invited',
			'member_invited',
			'organisation_founded'
		]);
		expect(log[0]).toMatchObject({ actor: anne.displayName, detail: 'meekijker → begeleider' });
		expect(log[1]?.actor).toBe(kim.displayName);
		// An account is in one organisation at most.
		expect(refusal(() => foundOrganisation(bas, 'Nog een'))).toBe('ALREADY_MEMBER');
	});

	it('lets only a beheerder of this organisation change it, and writes nothing when refused', async () => {
		const { id, bas } = await organisation('Gemeente Zeist');
		const other = await organisation('Provincie Utrecht');
		const before = auditOf(id).length;
		expect(refusal(() => beheer(bas, id)((ctx) => setRetentionDefault(ctx, 30)))).toBe('FORBIDDEN');
		expect(
			refusal(() => beheer(other.anne, id)((ctx) => inviteMember(ctx, 'x@example.nl', 'beheerder')))
		).toBe('FORBIDDEN');
		expect(auditOf(id)).toHaveLength(before);
	});

	it('keeps a beheerder, and takes an invitation only with the invited address confirmed', async () => {
		const { id, anne } = await organisation('Gemeente Houten');
		expect(refusal(() => beheer(anne, id)((ctx) => changeRole(ctx, anne.id, 'meekijker')))).toBe(
			'LAST_BEHEERDER'
		);
		expect(refusal(() => beheer(anne, id)((ctx) => removeMember(ctx, anne.id)))).toBe(
			'LAST_BEHEERDER'
		);
		const unconfirmed = await account('Nina', false);
		const token = beheer(anne, id)((ctx) => inviteMember(ctx, unconfirmed.email, 'beheerder'));
		expect(refusal(() => answerInvite(unconfirmed, id, true))).toBe('NOT_FOUND');
		expect(membershipOf(unconfirmed.id)).toBeNull();
		// The secret link reached the address: that is enough.
		expect(inviteByToken(token)).toMatchObject({ organisationId: id, role: 'beheerder' });
		answerInvite(unconfirmed, id, true, { viaLink: true });
		expect(membershipOf(unconfirmed.id)?.role).toBe('beheerder');
		expect(inviteByToken(token)).toBeNull();
		// An expired invitation is gone, link or not.
		const late = await account('Laat');
		const now = Date.now();
		beheer(anne, id)((ctx) => inviteMember(ctx, late.email, 'begeleider'));
		const later = now + 15 * 86_400_000;
		expect(refusal(() => answerInvite(late, id, true, { viaLink: true, now: later }))).toBe(
			'NOT_FOUND'
		);
	});

	it('puts a member’s new workshops in the organisation; a meekijker makes none', async () => {
		const { id, anne, bas, kim } = await organisation('Gemeente Nieuwegein');
		beheer(anne, id)((ctx) => setRetentionDefault(ctx, 90));
		const workshop = newWorkshop(bas.id);
		expect(workshop.organisationId).toBe(id);
		expect(workshop.retentionDays).toBe(90);
		expect(refusal(() => newWorkshop(kim.id))).toBe('FORBIDDEN');
		// A removed member no longer facilitates it; it stays the organisation's.
		beheer(anne, id)((ctx) => removeMember(ctx, bas.id));
		expect(facilitatedWorkshop(workshop.id, bas.id)).toBeNull();
		expect(workshopsOf(bas.id)).toEqual([]);
		expect(workshopsOfOrganisation(id).map((w) => w.id)).toEqual([workshop.id]);
	});

	it('shares nothing between organisations: registers, workshops, reports, co-facilitators', async () => {
		const a = await organisation('Gemeente A');
		const b = await organisation('Gemeente B');
		const ours = newWorkshop(a.bas.id, 'Onze workshop');
		const theirs = newWorkshop(b.bas.id, 'Hun workshop');
		const commitment = commit(ours.id, 'Onze afspraak');
		updateCommitment(
			ours.id,
			commitment,
			{ note: 'Geheime toelichting', owner: 'Team Privacy' },
			'Bas'
		);
		commit(theirs.id, 'Hun afspraak');
		addCard(ours.id, 'obstacle', 'Een kaart uit de zaal', null);
		const today = dutchDate(Date.now());
		expect(organisationRegisterOf(a.id, today).map((i) => i.action)).toEqual(['Onze afspraak']);
		expect(organisationRegisterOf(b.id, today).map((i) => i.action)).toEqual(['Hun afspraak']);
		expect(organisationRegisterOf(a.id, today)[0]).not.toHaveProperty('note');
		// One workshop's part of it, for its overview.
		const second = newWorkshop(a.bas.id, 'Tweede workshop');
		commit(second.id, 'Tweede afspraak');
		expect(
			organisationRegisterOf(a.id, today)
				.map((i) => i.action)
				.sort()
		).toEqual(['Onze afspraak', 'Tweede afspraak']);
		expect(organisationRegisterOf(a.id, today, ours.id).map((i) => i.action)).toEqual([
			'Onze afspraak'
		]);
		expect(organisationRegisterOf(b.id, today, ours.id)).toEqual([]);
		expect(overseenWorkshop(theirs.id, a.kim.id)).toBeNull();
		expect(overseenWorkshop(ours.id, a.kim.id)?.id).toBe(ours.id);
		expect(facilitatedWorkshop(theirs.id, a.anne.id)).toBeNull();
		// The organisation's copy of a progress report has no cards and no notes.
		const copy = progressReportOf(ours.id, today, 'organisation')!;
		expect(copy.obstacles).toBeNull();
		expect(copy.commitments.map((c) => c.note)).toEqual(['']);
		const full = progressReportOf(ours.id, today)!;
		expect(full.commitments.map((c) => c.note)).toEqual(['Geheime toelichting']);
		expect(full.obstacles?.map((o) => o.text)).toEqual(['Een kaart uit de zaal']);
		// Invited to co-facilitate across organisations: refused.
		const { token } = asFacilitator(ours.id, a.bas, (ctx) => createInvitation(ctx, b.anne.email));
		expect(answerInvitation(token, b.anne, true).answer).toBe('other_organisation');
		expect(facilitatedWorkshop(ours.id, b.anne.id)).toBeNull();
	});

	it('starts a member’s workshop from the organisation’s template unless they have their own', async () => {
		const { id, anne, bas } = await organisation('Gemeente Vianen');
		const shipped = templateOfMethod(methodByKey('codio'));
		const ours = { ...shipped, steps: shipped.steps.map((s) => ({ ...s, minutes: 7 })) };
		beheer(anne, id)((ctx) => setOrganisationTemplate(ctx, ours));
		expect(methodFor(bas.id, 'codio').steps.every((s) => s.minutes === 7)).toBe(true);
		const own = { ...shipped, steps: shipped.steps.map((s) => ({ ...s, minutes: 9 })) };
		saveDefaultTemplate(bas.id, own);
		expect(methodFor(bas.id, 'codio').steps.every((s) => s.minutes === 9)).toBe(true);
		const stranger = await account('Vreemde');
		expect(methodFor(stranger.id, 'codio').steps).toEqual(methodByKey('codio').steps);
	});
});

describe('roles from the provider’s claims', () => {
	const person = async (name: string, key: string) => {
		const created = await account(name);
		getDb()
			.prepare(
				`INSERT INTO facilitator_identities (issuer, subject, facilitator_id, created_at, organisation_key)
				VALUES ('https://op.example', ?, ?, 0, ?)`
			)
			.run(`subject-${name}`, created.id, key);
		return created;
	};

	it('links only to a tenant the beheerder signed in with, and only one organisation per tenant', async () => {
		const anne = await person('Anne', 'tenant-a');
		const id = foundOrganisation(anne, 'Gemeente A');
		expect(refusal(() => beheer(anne, id)((ctx) => linkSignIn(ctx, 'tenant-b')))).toBe('FORBIDDEN');
		beheer(anne, id)((ctx) => linkSignIn(ctx, 'tenant-a'));
		const eve = await person('Eve', 'tenant-a');
		const other = foundOrganisation(eve, 'Kaper');
		expect(refusal(() => beheer(eve, other)((ctx) => linkSignIn(ctx, 'tenant-a')))).toBe(
			'KEY_TAKEN'
		);
	});

	it('places people by their roles claim, keeps it current, and leaves a role set by hand', async () => {
		const anne = await person('Anne', 'tenant-a');
		const id = foundOrganisation(anne, 'Gemeente A');
		beheer(anne, id)((ctx) => linkSignIn(ctx, 'tenant-a'));
		beheer(
			anne,
			id
		)((ctx) =>
			setSignInSettings(ctx, 'none', {
				beheerder: ['GDB.Beheerder'],
				begeleider: ['GDB.Begeleider'],
				meekijker: ['GDB.Meekijker']
			})
		);
		const kees = await person('Kees', 'tenant-a');
		applyClaims(kees, 'tenant-a', ['GDB.Meekijker']);
		expect(membershipOf(kees.id)).toMatchObject({ role: 'meekijker', roleSource: 'claims' });
		applyClaims(kees, 'tenant-a', ['GDB.Begeleider', 'GDB.Meekijker']);
		expect(membershipOf(kees.id)?.role).toBe('begeleider');
		// The directory took the role away: with default 'none', out.
		applyClaims(kees, 'tenant-a', []);
		expect(membershipOf(kees.id)).toBeNull();
		// Nobody of another tenant, and nobody without a mapped role, gets in.
		const stranger = await person('Vreemde', 'tenant-b');
		applyClaims(stranger, 'tenant-b', ['GDB.Beheerder']);
		applyClaims(stranger, 'tenant-a-not', ['GDB.Beheerder']);
		expect(membershipOf(stranger.id)).toBeNull();
		// A role a beheerder set by hand stays.
		applyClaims(kees, 'tenant-a', ['GDB.Begeleider']);
		beheer(anne, id)((ctx) => changeRole(ctx, kees.id, 'meekijker'));
		applyClaims(kees, 'tenant-a', ['GDB.Beheerder']);
		expect(membershipOf(kees.id)).toMatchObject({ role: 'meekijker', roleSource: 'beheerder' });
		expect(
			auditOf(id).some((l) => l.actor === 'OpenID Connect' && l.action === 'member_joined')
		).toBe(true);
	});
});
