// The app is not a mail relay: an unconfirmed account has nothing mailed in its name, a confirmed
// one within limits per subject, per account and per recipient, even when it floods; subjects
// carry no one's text. Against a real SMTP server on a local port.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from './auth';
import { closeDb, getDb } from './db';
import { confirmEmail, confirmationFor, sendConfirmation } from './email-confirmation';
import { sendAccountMail } from './mail-policy';
import { commit, workshopWithCommitments, updateCommitment } from './testing/fixtures';
import { startSmtp, type TestSmtp } from './testing/smtp';
import { answerInvitation, createInvitation } from './workshops/invitations';
import { mailStatusLink } from './workshops/reminders';
import { execute } from './workshops/command';

let smtp: TestSmtp;
beforeEach(async () => {
	closeDb();
	smtp = await startSmtp();
	process.env.SMTP_URL = smtp.url;
});
afterEach(async () => {
	delete process.env.SMTP_URL;
	delete process.env.MAIL_LIMIT_PER_ACCOUNT_PER_DAY;
	delete process.env.MAIL_LIMIT_PER_RECIPIENT_PER_DAY;
	await smtp.close();
});

const HOUR = 3_600_000;
const link = (token: string) => `https://gdb.example/account/confirm/${token}`;

/** A workshop whose commitment has an owner with an address, as the action list makes it. */
async function withOwner(confirmed: boolean, email = 'zoe@utrecht.nl') {
	const made = await workshopWithCommitments(['Privacytoets laten doen'], { confirmed });
	updateCommitment(
		made.workshop.id,
		made.commitments[0]!,
		{ owner: 'Zoë', ownerEmail: email },
		'x'
	);
	return { ...made, commitment: made.commitments[0]! };
}
const mailLink = (made: Awaited<ReturnType<typeof withOwner>>, commitment = made.commitment) =>
	mailStatusLink(made.owner, made.workshop, commitment, 'https://gdb.example/s/abc');

describe('mail in an account’s name', () => {
	it('waits until the account confirms its address, by a link that a GET does not use', async () => {
		const made = await withOwner(false);
		expect(await mailLink(made)).toEqual({ to: 'zoe@utrecht.nl', result: 'unconfirmed' });
		expect(await sendConfirmation(made.owner, link, 'nl')).toBe('sent');
		const mail = await smtp.next();
		expect(mail.to).toMatchObject({ text: made.owner.email });
		expect(mail.subject).toBe('Bevestig uw e-mailadres voor Goed Digitaal Bestuur');
		const token = /account\/confirm\/(\w+)/.exec(mail.text ?? '')![1]!;
		// Opening the link (a mail scanner, a preview) shows it; it confirms nothing.
		expect(confirmationFor(token)).toMatchObject({ email: made.owner.email });
		expect(await mailLink(made)).toMatchObject({ result: 'unconfirmed' });
		expect(confirmEmail(token)).toBe(true);
		expect(confirmEmail(token)).toBe(false);
		expect(await mailLink(made)).toEqual({ to: 'zoe@utrecht.nl', result: 'sent' });
		expect(smtp.received).toHaveLength(2);
		const statusMail = await smtp.next();
		expect(statusMail.subject).toBe('Uw statuslink voor een afspraak');
		expect(statusMail.text).toContain('“Privacytoets laten doen”');
		expect(statusMail.text).toContain(`namens Joëlle (${made.owner.email})`);
	});

	it('sends a status link once an hour per commitment, however often it is asked', async () => {
		const made = await withOwner(true);
		const asked = await Promise.all(Array.from({ length: 20 }, () => mailLink(made)));
		expect(asked.filter((a) => a?.result === 'sent')).toHaveLength(1);
		expect(asked.filter((a) => a?.result === 'too_soon')).toHaveLength(19);
		const later = Date.now() + HOUR + 1000;
		const again = await sendAccountMail(
			{
				accountId: made.owner.id,
				purpose: 'status-link',
				subjectKey: made.commitment,
				mail: { to: 'zoe@utrecht.nl', subject: 's', text: 't' }
			},
			later
		);
		expect(again).toBe('sent');
		expect(smtp.received).toHaveLength(2);
	});

	it('keeps to a daily limit per account and per recipient, also in a flood', async () => {
		process.env.MAIL_LIMIT_PER_ACCOUNT_PER_DAY = '5';
		process.env.MAIL_LIMIT_PER_RECIPIENT_PER_DAY = '3';
		const made = await withOwner(true, 'one@utrecht.nl');
		const others = Array.from({ length: 8 }, (_, i) => {
			const id = commit(made.workshop.id, `Actie ${i}`);
			updateCommitment(made.workshop.id, id, { ownerEmail: `owner${i}@utrecht.nl` }, 'x');
			return id;
		});
		const results = await Promise.all(others.map((id) => mailLink(made, id)));
		expect(results.map((r) => r?.result).sort()).toEqual([
			'account_limit',
			'account_limit',
			'account_limit',
			'sent',
			'sent',
			'sent',
			'sent',
			'sent'
		]);
		// Another account cannot make one address a target either.
		const second = await withOwner(true, 'target@utrecht.nl');
		const third = await withOwner(true, 'target@utrecht.nl');
		const fourth = await withOwner(true, 'target@utrecht.nl');
		const fifth = await withOwner(true, 'target@utrecht.nl');
		const toTarget = [];
		for (const made of [second, third, fourth, fifth])
			toTarget.push((await mailLink(made))?.result);
		expect(toTarget).toEqual(['sent', 'sent', 'sent', 'recipient_limit']);
		expect(smtp.received).toHaveLength(8);
		// The log keeps a hash of each address, never the address.
		expect(JSON.stringify(getDb().prepare('SELECT * FROM mail_log').all())).not.toContain('@');
	});

	it('confirms an invitee who accepts a confirmed colleague’s invitation, and only then', async () => {
		const made = await withOwner(true);
		const unconfirmedOwner = await withOwner(false);
		const invitee = await createFacilitator({
			email: `collega${Math.random()}@utrecht.nl`,
			displayName: 'Collega',
			password: 'a long test password'
		});
		const invite = (workshopId: string, ownerId: string) =>
			execute(
				workshopId,
				{ kind: 'facilitator', facilitatorId: ownerId, displayName: 'J' },
				(ctx) => createInvitation(ctx, invitee.email.toLowerCase())
			).result.token;
		const fromUnconfirmed = invite(unconfirmedOwner.workshop.id, unconfirmedOwner.owner.id);
		expect(answerInvitation(fromUnconfirmed, invitee, true).answer).toBe('accepted');
		const confirmed = () =>
			getDb()
				.prepare('SELECT email_verified_at IS NOT NULL FROM facilitators WHERE id = ?')
				.pluck()
				.get(invitee.id);
		expect(confirmed()).toBe(0);
		const fromConfirmed = invite(made.workshop.id, made.owner.id);
		expect(answerInvitation(fromConfirmed, invitee, true).answer).toBe('accepted');
		expect(confirmed()).toBe(1);
	});
});
