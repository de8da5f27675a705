// Confirming an account's e-mail address, which it needs before the app mails anyone in its name
// (./mail-policy.ts): a link mailed to the address (its token stored as a hash, for seven days),
// opened and confirmed with a button (a POST: a mail scanner that fetches the link confirms
// nothing). Accepting a co-facilitator invitation from a confirmed account confirms too: the
// invitation was for that address, and the account signed in with it.
import { m } from '$lib/paraglide/messages';
import type { Language } from '$lib/language';
import type { Facilitator } from './auth';
import { getDb } from './db';
import { statement } from './db/statements';
import { hashToken, newToken } from './ids';
import type { MailResult } from '$lib/vocabulary';
import { accountConfirmed, sendAccountMail } from './mail-policy';

const CONFIRMATION_DAYS = 7;

/** Makes a confirmation link for the account's address and mails it. */
export async function sendConfirmation(
	account: Facilitator,
	linkFor: (token: string) => string,
	locale: Language,
	now = Date.now()
): Promise<MailResult> {
	const token = newToken();
	statement(
		`INSERT INTO email_confirmations (token_hash, facilitator_id, email, created_at, expires_at)
		VALUES (?, ?, ?, ?, ?)`
	).run(hashToken(token), account.id, account.email, now, now + CONFIRMATION_DAYS * 86_400_000);
	const link = linkFor(token);
	const outcome = await sendAccountMail(
		{
			accountId: account.id,
			purpose: 'confirmation',
			subjectKey: account.id,
			mail: {
				to: account.email,
				subject: m.confirm_mail_subject({}, { locale }),
				text: m.confirm_mail_text({ link, days: CONFIRMATION_DAYS }, { locale })
			}
		},
		now
	);
	// A link that was not mailed cannot be used: nobody has it.
	if (outcome !== 'sent') {
		statement('DELETE FROM email_confirmations WHERE token_hash = ?').run(hashToken(token));
	}
	return outcome;
}

/** The account a confirmation link is for, if it is valid and the address is still the account's. */
export function confirmationFor(token: string, now = Date.now()) {
	return statement(
		`SELECT c.facilitator_id AS facilitatorId, c.email FROM email_confirmations c
		JOIN facilitators f ON f.id = c.facilitator_id AND f.email = c.email
		WHERE c.token_hash = ? AND c.expires_at > ?`
	).get(hashToken(token), now) as { facilitatorId: string; email: string } | undefined;
}

/** Confirms the address a link was mailed to; the link (and the account's others) then stop. */
export function confirmEmail(token: string, now = Date.now()): boolean {
	return getDb()
		.transaction(() => {
			const confirmation = confirmationFor(token, now);
			if (!confirmation) return false;
			confirmAccount(confirmation.facilitatorId, now);
			return true;
		})
		.immediate();
}

/** Marks the account's address confirmed; its open confirmation links stop. */
export function confirmAccount(accountId: string, now = Date.now()) {
	statement(
		'UPDATE facilitators SET email_verified_at = coalesce(email_verified_at, ?) WHERE id = ?'
	).run(now, accountId);
	statement('DELETE FROM email_confirmations WHERE facilitator_id = ?').run(accountId);
}

/** An invitee who accepted an invitation from a confirmed account has a confirmed address too. */
export function confirmByInvitation(inviterId: string, inviteeId: string, now = Date.now()) {
	if (accountConfirmed(inviterId)) confirmAccount(inviteeId, now);
}

/** Deletes confirmation links that have expired: with the hourly jobs. */
export function purgeExpiredConfirmations(now = Date.now()): number {
	return statement('DELETE FROM email_confirmations WHERE expires_at <= ?').run(now).changes;
}
