// Mail that cannot be abused. Sign-up is open, so an account is not trusted to make the app (with
// the organisation's sender) mail whoever it likes: with SMTP configured, mail in an account's
// name (invitations, status links, the reminders of its workshops) goes out only once the account's
// own address is confirmed, and within limits per account, per recipient and per subject. A mail
// that is held is not lost: the caller still has the link and shows it to pass on, as without SMTP.
// SECURITY.md, "Mail", says the limits.
import { getDb } from './db';
import { statement } from './db/statements';
import type { MailHeld as Held, MailResult } from '$lib/vocabulary';
import { hashToken } from './ids';
import { mailConfigured, sendMail, type Mail } from './mail';

export type MailPurpose = 'confirmation' | 'invitation' | 'status-link' | 'reminder';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const envNumber = (name: string, fallback: number) => {
	const value = Number(process.env[name]);
	return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** The limits, read when asked (an installation sets them in its environment). */
export const mailLimits = () => ({
	/** Mails one account may have sent in a day, everything included. */
	perAccountPerDay: envNumber('MAIL_LIMIT_PER_ACCOUNT_PER_DAY', 50),
	/** Mails one address may get from the app in a day, from every account together. */
	perRecipientPerDay: envNumber('MAIL_LIMIT_PER_RECIPIENT_PER_DAY', 10),
	/** The same status link or invitation mailed again: at most once an hour per subject. */
	repeatAfterMs: HOUR,
	/** Confirmation links one account may ask for in an hour. */
	confirmationsPerHour: 3
});

export interface AccountMail {
	/** The account in whose name it goes out (for a reminder: the workshop's owner). */
	accountId: string;
	purpose: MailPurpose;
	/** What it is about, for the repeat limit: a commitment's id, a workshop and an address. */
	subjectKey: string;
	mail: Mail;
}

const count = (sql: string, ...params: unknown[]) =>
	statement(sql, { pluck: true }).get(...params) as number;

export function accountConfirmed(accountId: string): boolean {
	return (
		count(
			'SELECT COUNT(*) FROM facilitators WHERE id = ? AND email_verified_at IS NOT NULL',
			accountId
		) === 1
	);
}

function holdReason(input: AccountMail, recipient: string, now: number): Held | null {
	const limits = mailLimits();
	if (input.purpose !== 'confirmation' && !accountConfirmed(input.accountId)) return 'unconfirmed';
	if (input.purpose === 'confirmation') {
		const lastHour = count(
			`SELECT COUNT(*) FROM mail_log WHERE facilitator_id = ? AND purpose = 'confirmation'
			AND sent_at > ?`,
			input.accountId,
			now - HOUR
		);
		if (lastHour >= limits.confirmationsPerHour) return 'too_soon';
	} else {
		const again = count(
			`SELECT COUNT(*) FROM mail_log WHERE purpose = ? AND subject_key = ? AND sent_at > ?`,
			input.purpose,
			input.subjectKey,
			now - limits.repeatAfterMs
		);
		if (again > 0) return 'too_soon';
	}
	const byAccount = count(
		'SELECT COUNT(*) FROM mail_log WHERE facilitator_id = ? AND sent_at > ?',
		input.accountId,
		now - DAY
	);
	if (byAccount >= limits.perAccountPerDay) return 'account_limit';
	const toRecipient = count(
		'SELECT COUNT(*) FROM mail_log WHERE recipient_hash = ? AND sent_at > ?',
		recipient,
		now - DAY
	);
	if (toRecipient >= limits.perRecipientPerDay) return 'recipient_limit';
	return null;
}

/**
 * Sends a mail in an account's name, if the account may and no limit is reached. The mail is
 * counted before it goes out (one transaction decides and reserves, so a flood of requests in
 * parallel cannot slip past a limit); one the SMTP server refused is not counted.
 */
export async function sendAccountMail(input: AccountMail, now = Date.now()): Promise<MailResult> {
	if (!mailConfigured()) return 'off';
	const recipient = hashToken(input.mail.to.trim().toLowerCase());
	const decided = getDb()
		.transaction(() => {
			const held = holdReason(input, recipient, now);
			if (held) return { held, row: null };
			const row = statement(
				`INSERT INTO mail_log (facilitator_id, recipient_hash, purpose, subject_key, sent_at)
				VALUES (?, ?, ?, ?, ?)`
			).run(input.accountId, recipient, input.purpose, input.subjectKey, now);
			return { held: null, row: Number(row.lastInsertRowid) };
		})
		.immediate();
	if (decided.held !== null) return decided.held;
	const outcome = await sendMail(input.mail);
	if (outcome !== 'sent') statement('DELETE FROM mail_log WHERE id = ?').run(decided.row);
	return outcome;
}

/** Forgets mails older than two days (the limits look back one): with the hourly jobs. */
export function purgeMailLog(now = Date.now()): number {
	return statement('DELETE FROM mail_log WHERE sent_at < ?').run(now - 2 * DAY).changes;
}
