// Between sessions: status links, the calendar feed and the e-mail reminders, against a real
// database and a real SMTP server on a local port.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../db';
import { calendarFeed } from '../export';
import { confirmAccount } from '../email-confirmation';
import { startSmtp, type TestSmtp } from '../testing/smtp';
import { activeLinks, feedWorkshop, statusLinkView } from '../read-model/links';
import * as c from '../testing/fixtures';
import { CORE } from './change';
import { DomainError, execute } from './command';
import { reportByLink } from './commitments';
import { reminderFor, sendDueReminders } from './reminders';
import { purgeExpiredParticipantData } from './retention';

let smtp: TestSmtp | null = null;
beforeEach(() => closeDb());
afterEach(async () => {
	delete process.env.SMTP_URL;
	await smtp?.close();
	smtp = null;
});

const day = (iso: string) => Date.parse(`${iso}T09:00:00+01:00`);

describe('status links', () => {
	it('let the owner report status and a note, kept in the history as coming by link', async () => {
		const { workshop, commitments } = await c.workshopWithCommitments(['Privacytoets laten doen']);
		const id = commitments[0]!;
		c.updateCommitment(workshop.id, id, { owner: 'Zoë de Bruijn', dueOn: '2027-01-15' }, 'Joëlle');
		const token = c.createStatusLink(workshop.id, id);
		const view = statusLinkView(token)!;
		expect(view).toMatchObject({ action: 'Privacytoets laten doen', owner: 'Zoë de Bruijn' });

		// Opening the page (as a mail scanner does) is not a use; a report is.
		const lastUsed = () => activeLinks(workshop.id).status.get(id)!.lastUsedAt;
		expect(lastUsed()).toBeNull();
		const owner = { kind: 'owner', commitmentId: id, linkId: view.linkId } as const;
		const input = { status: 'blocked', note: 'Wacht op de FG' } as const;
		const { change } = execute(workshop.id, owner, (ctx) => reportByLink(ctx, input));
		expect([...change.ids(CORE.reported)]).toEqual([id]);
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
		expect(lastUsed()).toBeGreaterThan(0);
	});

	it('stop working when revoked or replaced, and only reach their own commitment', async () => {
		const { workshop, commitments } = await c.workshopWithCommitments(['Een', 'Twee']);
		const first = c.createStatusLink(workshop.id, commitments[0]!);
		const second = c.createStatusLink(workshop.id, commitments[0]!);
		expect(statusLinkView(first)).toBeNull();
		expect(statusLinkView(second)).not.toBeNull();
		expect(c.revokeStatusLink(workshop.id, commitments[0]!)).toBe(true);
		expect(statusLinkView(second)).toBeNull();
		expect(statusLinkView('not-a-token')).toBeNull();

		// Another owner, or another address: the old owner's link stops; a status change does not.
		const link = c.createStatusLink(workshop.id, commitments[0]!);
		c.updateCommitment(workshop.id, commitments[0]!, { status: 'on_track', note: 'Loopt' }, 'J');
		expect(statusLinkView(link)).toMatchObject({ owner: '' });
		c.updateCommitment(workshop.id, commitments[0]!, { owner: 'Bram' }, 'J');
		expect(statusLinkView(link)).toBeNull();
		const bramsLink = c.createStatusLink(workshop.id, commitments[0]!);
		c.updateCommitment(workshop.id, commitments[0]!, { ownerEmail: 'ander@utrecht.nl' }, 'J');
		expect(statusLinkView(bramsLink)).toBeNull();
		expect(() => c.createStatusLink(workshop.id, 'no-such-commitment')).toThrow(DomainError);

		// An owner's actor names one commitment; another workshop's id is not found.
		const { workshop: other } = await c.workshopWithCommitments(['Drie']);
		const owner = { kind: 'owner', commitmentId: commitments[1]!, linkId: 'x' } as const;
		expect(() =>
			execute(other.id, owner, (ctx) => reportByLink(ctx, { status: 'done', note: '' }))
		).toThrow(DomainError);
	});

	it('and the calendar feed are gone once the workshop is purged', async () => {
		const { workshop, commitments } = await c.workshopWithCommitments(['Een']);
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
		const { workshop, commitments } = await c.workshopWithCommitments([
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
		const { workshop, commitments } = await c.workshopWithCommitments(
			['Privacytoets laten doen', 'Zonder adres', 'Al klaar'],
			{ confirmed: true }
		);
		const [mailed, noAddress, done] = commitments as [string, string, string];
		const owner = { owner: 'Zoë de Bruijn', ownerEmail: 'zoe@utrecht.nl', dueOn: '2027-01-15' };
		c.updateCommitment(workshop.id, mailed, owner, 'Joëlle');
		c.updateCommitment(workshop.id, noAddress, { dueOn: '2027-01-15' }, 'Joëlle');
		c.updateCommitment(workshop.id, done, { ...owner, status: 'done' }, 'Joëlle');

		expect(await sendDueReminders(day('2027-01-11'))).toBe(0);
		expect(await sendDueReminders(day('2027-01-12'))).toBe(1);
		const before = await smtp.next();
		expect(before.to).toMatchObject({ text: 'zoe@utrecht.nl' });
		// No one's own text in the subject: that is what a phishing mail would forge.
		expect(before.subject).toBe('Herinnering: uw afspraak staat voor 15 januari 2027');
		expect(before.text).toContain('Beste Zoë de Bruijn,');
		expect(before.text).toContain('“Privacytoets laten doen”');
		expect(before.text).toMatch(/namens Joëlle \(f[\d.]+@gemeente\.nl\)/);
		expect(before.text).toContain('Cameratoezicht (Gemeente Utrecht)');
		expect(await sendDueReminders(day('2027-01-13'))).toBe(0);

		expect(await sendDueReminders(day('2027-01-16'))).toBe(1);
		expect((await smtp.next()).subject).toBe('Verlopen: uw afspraak stond voor 15 januari 2027');
		expect(await sendDueReminders(day('2027-01-20'))).toBe(0);

		// A new due date gets its own reminders.
		c.updateCommitment(workshop.id, mailed, { dueOn: '2027-02-01' }, 'Joëlle');
		expect(await sendDueReminders(day('2027-01-30'))).toBe(1);
		expect(smtp.received).toHaveLength(3);
	});

	it('go out once when two runs overlap, and wait while the owner’s address is unconfirmed', async () => {
		smtp = await startSmtp();
		process.env.SMTP_URL = smtp.url;
		const unconfirmed = await c.workshopWithCommitments(['Niet bevestigd']);
		const confirmed = await c.workshopWithCommitments(['Bevestigd'], { confirmed: true });
		const owner = { ownerEmail: 'zoe@utrecht.nl', dueOn: '2027-01-15' };
		for (const { workshop, commitments } of [unconfirmed, confirmed]) {
			c.updateCommitment(workshop.id, commitments[0]!, owner, 'Joëlle');
		}
		// A second hourly run starts while the first still talks to a slow server: it joins it.
		const runs = await Promise.all([
			sendDueReminders(day('2027-01-16')),
			sendDueReminders(day('2027-01-16'))
		]);
		expect(runs).toEqual([1, 1]);
		expect((await smtp.next()).text).toContain('“Bevestigd”');
		expect(await sendDueReminders(day('2027-01-16'))).toBe(0);
		expect(smtp.received).toHaveLength(1);
		// Confirmed later: the reminder goes on the next run.
		confirmAccount(unconfirmed.owner.id);
		expect(await sendDueReminders(day('2027-01-17'))).toBe(1);
		expect((await smtp.next()).text).toContain('“Niet bevestigd”');
	});

	it('are not sent, and nothing breaks, without an SMTP server', async () => {
		const { workshop, commitments } = await c.workshopWithCommitments(['Een']);
		const owner = { ownerEmail: 'zoe@utrecht.nl', dueOn: '2027-01-15' };
		c.updateCommitment(workshop.id, commitments[0]!, owner, 'Joëlle');
		expect(await sendDueReminders(day('2027-01-16'))).toBe(0);
		expect(getDb().prepare('SELECT COUNT(*) FROM reminders_sent').pluck().get()).toBe(0);
	});
});
