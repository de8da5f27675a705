// Between sessions: status links, the calendar feed and the e-mail reminders, against a real
// database and a real SMTP server on a local port.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { calendarFeed, exportProgress } from '../export';
import { verifyFingerprint } from '../export/record';
import { startSmtp, type TestSmtp } from '../testing/smtp';
import { earlierOf } from '$lib/steps/reflection/slice.server';
import { feedWorkshop, statusLinkView } from '../read-model/links';
import { loadWorkshopRows } from '../read-model/load';
import { filterRegister, registerFilterSchema, registerOf } from '../read-model/register';
import * as c from '../testing/fixtures';
import { CORE } from './change';
import { DomainError, execute } from './command';
import { reportByLink } from './commitments';
import { planFollowUp } from './follow-up';
import { reminderFor, sendDueReminders } from './reminders';
import { purgeExpiredParticipantData } from './retention';
import { createWorkshop } from './workshops';

const boss = { kind: 'facilitator', facilitatorId: 'test', displayName: 'Joëlle' } as const;

let smtp: TestSmtp | null = null;
beforeEach(() => closeDb());
afterEach(async () => {
	delete process.env.SMTP_URL;
	await smtp?.close();
	smtp = null;
});

const day = (iso: string) => Date.parse(`${iso}T09:00:00+01:00`);

async function workshopWithCommitments(actions: string[]) {
	const owner = await createFacilitator({
		email: `f${Math.random()}@gemeente.nl`,
		displayName: 'Joëlle',
		password: 'a long test password'
	});
	const workshop = createWorkshop(owner.id, {
		title: 'Cameratoezicht',
		organisation: 'Gemeente Utrecht',
		caseDescription: '',
		scheduledOn: '2026-11-01',
		language: 'nl'
	});
	const commitments = actions.map((text) => c.commit(workshop.id, text));
	return { workshop, commitments };
}

describe('status links', () => {
	it('let the owner report status and a note, kept in the history as coming by link', async () => {
		const { workshop, commitments } = await workshopWithCommitments(['Privacytoets laten doen']);
		const id = commitments[0]!;
		c.updateCommitment(workshop.id, id, { owner: 'Zoë de Bruijn', dueOn: '2027-01-15' }, 'Joëlle');
		const token = c.createStatusLink(workshop.id, id);
		const view = statusLinkView(token)!;
		expect(view).toMatchObject({ action: 'Privacytoets laten doen', owner: 'Zoë de Bruijn' });

		const owner = { kind: 'owner', commitmentId: id, linkId: view.linkId } as const;
		const input = { status: 'blocked', note: 'Wacht op de FG' } as const;
		const { change } = execute(workshop.id, owner, (ctx) => reportByLink(ctx, input));
		expect([...change.ids(CORE.commitments)]).toEqual([id]);
		const history = getDb()
			.prepare(
				"SELECT changed_by, via, field, new_value FROM commitment_history WHERE commitment_id = ? AND via = 'link' ORDER BY field"
			)
			.all(id);
		expect(history).toEqual([
			{ changed_by: 'Zoë de Bruijn', via: 'link', field: 'note', new_value: 'Wacht op de FG' },
			{ changed_by: 'Zoë de Bruijn', via: 'link', field: 'status', new_value: 'blocked' }
		]);
		expect(statusLinkView(token)!.history.map((h) => h.newValue)).toContain('blocked');
	});

	it('stop working when revoked or replaced, and only reach their own commitment', async () => {
		const { workshop, commitments } = await workshopWithCommitments(['Een', 'Twee']);
		const first = c.createStatusLink(workshop.id, commitments[0]!);
		const second = c.createStatusLink(workshop.id, commitments[0]!);
		expect(statusLinkView(first)).toBeNull();
		expect(statusLinkView(second)).not.toBeNull();
		expect(c.revokeStatusLink(workshop.id, commitments[0]!)).toBe(true);
		expect(statusLinkView(second)).toBeNull();
		expect(statusLinkView('not-a-token')).toBeNull();
		expect(() => c.createStatusLink(workshop.id, 'no-such-commitment')).toThrow(DomainError);

		// An owner's actor names one commitment; another workshop's id is not found.
		const { workshop: other } = await workshopWithCommitments(['Drie']);
		const owner = { kind: 'owner', commitmentId: commitments[1]!, linkId: 'x' } as const;
		expect(() =>
			execute(other.id, owner, (ctx) => reportByLink(ctx, { status: 'done', note: '' }))
		).toThrow(DomainError);
	});

	it('and the calendar feed are gone once the workshop is purged', async () => {
		const { workshop, commitments } = await workshopWithCommitments(['Een']);
		const status = c.createStatusLink(workshop.id, commitments[0]!);
		const feed = c.createFeedLink(workshop.id);
		expect(feedWorkshop(feed)).toBe(workshop.id);
		c.setRetentionDays(workshop.id, 1);
		purgeExpiredParticipantData(day('2026-12-01'));
		expect(statusLinkView(status)).toBeNull();
		expect(feedWorkshop(feed)).toBeNull();
	});
});

describe('the calendar feed', () => {
	it('has every open dated commitment with an alarm, and follows changes', async () => {
		const { workshop, commitments } = await workshopWithCommitments([
			'Privacytoets laten doen',
			'Bewoners informeren',
			'Zonder datum'
		]);
		const [a, b] = commitments as [string, string];
		c.updateCommitment(workshop.id, a, { dueOn: '2027-01-15', owner: 'Zoë' }, 'Joëlle');
		c.updateCommitment(workshop.id, b, { dueOn: '2027-02-01' }, 'Joëlle');
		c.setReminderDays(workshop.id, 5);
		const events = () =>
			new ICAL.Component(ICAL.parse(calendarFeed(workshop.id, 5)!))
				.getAllSubcomponents('vevent')
				.map((e) => ({
					summary: e.getFirstPropertyValue('summary'),
					start: String(e.getFirstPropertyValue('dtstart')),
					alarm: String(e.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))
				}));
		expect(events()).toEqual([
			{ summary: 'Privacytoets laten doen', start: '2027-01-15', alarm: '-P5D' },
			{ summary: 'Bewoners informeren', start: '2027-02-01', alarm: '-P5D' }
		]);
		c.updateCommitment(workshop.id, a, { dueOn: '2027-03-01' }, 'Joëlle');
		c.updateCommitment(workshop.id, b, { status: 'done' }, 'Joëlle');
		expect(events()).toEqual([
			{ summary: 'Privacytoets laten doen', start: '2027-03-01', alarm: '-P5D' }
		]);
	});
});

describe('reminders', () => {
	it('are due a set number of days before, and once when overdue', () => {
		const none = new Set<'before' | 'overdue'>();
		expect(reminderFor('2027-01-15', 3, '2027-01-11', none)).toBeNull();
		expect(reminderFor('2027-01-15', 3, '2027-01-12', none)).toBe('before');
		expect(reminderFor('2027-01-15', 3, '2027-01-15', none)).toBe('before');
		expect(reminderFor('2027-01-15', 3, '2027-01-13', new Set(['before']))).toBeNull();
		expect(reminderFor('2027-01-15', 0, '2027-01-15', none)).toBeNull();
		expect(reminderFor('2027-01-15', 3, '2027-01-16', new Set(['before']))).toBe('overdue');
		expect(reminderFor('2027-01-15', 3, '2027-01-20', new Set(['overdue']))).toBeNull();
	});

	it('reach the owner by e-mail through a real SMTP server, each once', async () => {
		smtp = await startSmtp();
		process.env.SMTP_URL = smtp.url;
		const { workshop, commitments } = await workshopWithCommitments([
			'Privacytoets laten doen',
			'Zonder adres',
			'Al klaar'
		]);
		const [mailed, noAddress, done] = commitments as [string, string, string];
		const owner = { owner: 'Zoë de Bruijn', ownerEmail: 'zoe@utrecht.nl', dueOn: '2027-01-15' };
		c.updateCommitment(workshop.id, mailed, owner, 'Joëlle');
		c.updateCommitment(workshop.id, noAddress, { dueOn: '2027-01-15' }, 'Joëlle');
		c.updateCommitment(workshop.id, done, { ...owner, status: 'done' }, 'Joëlle');

		expect(await sendDueReminders(day('2027-01-11'))).toBe(0);
		expect(await sendDueReminders(day('2027-01-12'))).toBe(1);
		const before = await smtp.next();
		expect(before.to).toMatchObject({ text: 'zoe@utrecht.nl' });
		expect(before.subject).toBe('Herinnering: “Privacytoets laten doen” uiterlijk 15 januari 2027');
		expect(before.text).toContain('Beste Zoë de Bruijn,');
		expect(before.text).toContain('Cameratoezicht (Gemeente Utrecht)');
		expect(await sendDueReminders(day('2027-01-13'))).toBe(0);

		expect(await sendDueReminders(day('2027-01-16'))).toBe(1);
		expect((await smtp.next()).subject).toBe(
			'Verlopen: “Privacytoets laten doen” stond voor 15 januari 2027'
		);
		expect(await sendDueReminders(day('2027-01-20'))).toBe(0);

		// A new due date gets its own reminders.
		c.updateCommitment(workshop.id, mailed, { dueOn: '2027-02-01' }, 'Joëlle');
		expect(await sendDueReminders(day('2027-01-30'))).toBe(1);
		expect(smtp.received).toHaveLength(3);
	});

	it('are not sent, and nothing breaks, without an SMTP server', async () => {
		const { workshop, commitments } = await workshopWithCommitments(['Een']);
		const owner = { ownerEmail: 'zoe@utrecht.nl', dueOn: '2027-01-15' };
		c.updateCommitment(workshop.id, commitments[0]!, owner, 'Joëlle');
		expect(await sendDueReminders(day('2027-01-16'))).toBe(0);
		expect(getDb().prepare('SELECT COUNT(*) FROM reminders_sent').pluck().get()).toBe(0);
	});
});

describe('the register', () => {
	it('lists the commitments of every workshop one facilitates, and filters them', async () => {
		const mine = await workshopWithCommitments(['Privacytoets', 'Bewoners informeren', 'Klaar']);
		const other = await workshopWithCommitments(['Van een ander']);
		const [a, b, done] = mine.commitments as [string, string, string];
		c.updateCommitment(mine.workshop.id, a, { dueOn: '2027-01-10', owner: 'Zoë' }, 'J');
		c.updateCommitment(mine.workshop.id, b, { dueOn: '2027-03-01', owner: 'Bram' }, 'J');
		c.updateCommitment(mine.workshop.id, done, { dueOn: '2027-01-01', status: 'done' }, 'J');
		c.addCoFacilitator(other.workshop.id, mine.workshop.ownerId);
		const all = registerOf(mine.workshop.ownerId, '2027-02-01');
		expect(all.map((i) => [i.action, i.overdue])).toEqual([
			['Klaar', false],
			['Privacytoets', true],
			['Bewoners informeren', false],
			['Van een ander', false]
		]);
		const filter = (f: Record<string, string>) =>
			filterRegister(all, registerFilterSchema.parse(f)).map((i) => i.action);
		expect(filter({ overdue: '1' })).toEqual(['Privacytoets']);
		expect(filter({ status: 'open_any', owner: 'zoë' })).toEqual(['Privacytoets']);
		expect(filter({ dueBefore: '2027-01-31' })).toEqual(['Klaar', 'Privacytoets']);
		expect(filter({ status: 'nonsense', overdue: 'x' })).toHaveLength(4);
		expect(registerOf(other.workshop.ownerId, '2027-02-01').map((i) => i.action)).toEqual([
			'Van een ander'
		]);
	});
});

describe('a follow-up session', () => {
	it('carries every open commitment with its history, link and feed; the register lists it once', async () => {
		const { workshop, commitments } = await workshopWithCommitments([
			'Privacytoets laten doen',
			'Bewoners informeren',
			'Al klaar'
		]);
		const [a, b, done] = commitments as [string, string, string];
		c.updateCommitment(
			workshop.id,
			a,
			{ owner: 'Zoë', dueOn: '2027-01-15', status: 'delayed' },
			'J'
		);
		c.updateCommitment(workshop.id, b, { note: 'Brief is klaar' }, 'J');
		c.updateCommitment(workshop.id, done, { status: 'done' }, 'J');
		const status = c.createStatusLink(workshop.id, a);
		const feed = c.createFeedLink(workshop.id);
		const planned = planFollowUp(boss, workshop.id, {
			title: 'Vervolg',
			scheduledOn: '2027-02-01'
		});
		if (!planned.ok) throw new Error(planned.reason);
		expect(planned.carried).toBe(2);
		const rows = loadWorkshopRows(planned.workshop.id)!;
		expect(rows.workshop.method).toBe('follow-up');
		expect(rows.steps.map((s) => s.kind)).toEqual([
			'opening',
			'status',
			'obstacles',
			'adjust',
			'reflection',
			'closing'
		]);
		expect(
			rows.commitments.map((m) => [m.owner, m.dueOn, m.status, m.note, m.carriedFrom])
		).toEqual([
			['Zoë', '2027-01-15', 'delayed', '', a],
			['', null, 'open', 'Brief is klaar', b]
		]);
		// The owner's link and the calendar now reach the follow-up.
		expect(statusLinkView(status)!.workshopId).toBe(planned.workshop.id);
		expect(feedWorkshop(feed)).toBe(planned.workshop.id);
		const listed = registerOf(workshop.ownerId, '2027-02-01').map((i) => [i.workshopId, i.action]);
		expect(listed).toEqual([
			[planned.workshop.id, 'Privacytoets laten doen'],
			[planned.workshop.id, 'Bewoners informeren'],
			[workshop.id, 'Al klaar']
		]);

		// A follow-up of the follow-up sees both earlier sessions.
		const second = planFollowUp(boss, planned.workshop.id, {
			title: 'Derde',
			scheduledOn: '2027-05-01'
		});
		if (!second.ok) throw new Error(second.reason);
		expect(earlierOf(second.workshop.id).map((s) => s.title)).toEqual([
			'Cameratoezicht',
			'Vervolg'
		]);
	});

	it('is refused for a purged workshop', async () => {
		const { workshop } = await workshopWithCommitments(['Een']);
		c.setRetentionDays(workshop.id, 1);
		purgeExpiredParticipantData(day('2026-12-01'));
		expect(planFollowUp(boss, workshop.id, { title: 'V', scheduledOn: '2027-01-01' })).toEqual({
			ok: false,
			reason: 'purged'
		});
		expect(planFollowUp(boss, 'gone', { title: 'V', scheduledOn: '2027-01-01' })).toMatchObject({
			reason: 'not_found'
		});
	});
});

describe('the progress report', () => {
	it('tells each commitment’s course over the sessions, read back from the PDF', async () => {
		const { workshop, commitments } = await workshopWithCommitments([
			'Privacytoets laten doen',
			'Bewoners informeren'
		]);
		const [a, b] = commitments as [string, string];
		const { participant } = c.addParticipant(workshop.id, 'Zoë');
		c.setReflection(workshop.id, participant.id, 'human_rights', 2, '');
		c.updateCommitment(workshop.id, a, { owner: 'Zoë', dueOn: '2026-11-01' }, 'J');
		c.updateCommitment(workshop.id, b, { status: 'on_track' }, 'J');
		const planned = planFollowUp(boss, workshop.id, {
			title: 'Vervolg',
			scheduledOn: '2027-01-10'
		});
		if (!planned.ok) throw new Error(planned.reason);
		const followUp = planned.workshop.id;
		const carried = loadWorkshopRows(followUp)!.commitments;
		c.updateCommitment(followUp, carried[1]!.id, { status: 'done' }, 'J');
		c.addCard(followUp, 'obstacle', 'Geen budget voor de privacytoets', null);
		const { participant: later } = c.addParticipant(followUp, 'Zoë');
		c.setReflection(followUp, later.id, 'human_rights', 4, '');

		const file = (await exportProgress(followUp, {
			verifyUrl: 'https://gdb.example/verify',
			actor: { ...boss, facilitatorId: workshop.ownerId }
		}))!;
		const dir = mkdtempSync(join(tmpdir(), 'progress-'));
		writeFileSync(join(dir, 'report.pdf'), file.body);
		const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], {
			encoding: 'utf8'
		});
		expect(text).toContain('Voortgangsrapport');
		expect(text).toContain('Klaar: 1 van 2 (50%)');
		expect(text).toContain('Verlopen (uiterste datum voorbij, niet afgerond): 1 van 2 (50%)');
		expect(text).toMatch(/Privacytoets laten doen/);
		expect(text).toMatch(/Bewoners informeren.*: Open\s.*: Op schema\s.*: Klaar/s);
		expect(text).toContain('Obstakels: Geen budget voor de privacytoets (Vervolg)');
		expect(text).toContain('Mensenrechten');
		expect(text).toContain(file.fingerprint);
		execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, 'report.pdf'), join(dir, 'page')]);
		expect(readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(1);

		const check = verifyFingerprint(file.fingerprint);
		expect(check).toMatchObject({ known: true, current: true });
		c.updateCommitment(followUp, carried[0]!.id, { status: 'blocked' }, 'J');
		expect(verifyFingerprint(file.fingerprint).current).toBe(false);
	});
});
