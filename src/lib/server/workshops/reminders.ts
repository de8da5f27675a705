// E-mail to commitment owners who have an address: a reminder a set number of days before the due
// date (per workshop, 0 for none) and one when it has passed, each once per due date; and their
// status link when the facilitator makes one. Only with an SMTP server (SMTP_URL): without one
// nothing is sent and nothing breaks, and the action list says so. Runs hourly (hooks.server.ts).
// Writes `reminders_sent` (through `execute`, as the reminders job).
import type { Language } from '$lib/language';
import { m } from '$lib/paraglide/messages';
import { addDays, dutchDate } from '$lib/dates';
import { formatDate } from '$lib/format';
import { statusLabel } from '$lib/i18n/labels';
import { statement } from '../db/statements';
import type { Facilitator } from '../auth';
import { mailConfigured } from '../mail';
import { sendAccountMail } from '../mail-policy';
import type { MailResult } from '$lib/vocabulary';
import { datedCommitments, ownerOf, type DueCommitment } from '../read-model/commitments';
import { execute, type Context } from './command';
import { logger } from '../log.js';

type ReminderKind = 'before' | 'overdue';

/** Which reminder a commitment is due for today, if any (pure, for the tests). */
export function reminderFor(
	dueOn: string,
	days: number,
	today: string,
	sent: ReadonlySet<ReminderKind>
): ReminderKind | null {
	if (today > dueOn) return sent.has('overdue') ? null : 'overdue';
	if (days > 0 && today >= addDays(dueOn, -days) && !sent.has('before')) return 'before';
	return null;
}

function reminderMail(due: DueCommitment, kind: ReminderKind) {
	const locale = due.language;
	const date = formatDate(due.dueOn, locale);
	// No participant's or facilitator's text in a subject: it is what a phishing mail would forge.
	const subject =
		kind === 'before'
			? m.reminder_subject_before({ date }, { locale })
			: m.reminder_subject_overdue({ date }, { locale });
	const text = [
		m.reminder_greeting({ name: due.owner || '' }, { locale }),
		'',
		kind === 'before'
			? m.reminder_text_before({ date }, { locale })
			: m.reminder_text_overdue({ date }, { locale }),
		'',
		`“${due.action}”`,
		`${m.commitment_status({}, { locale })}: ${statusLabel(due.status, locale)}`,
		`${m.export_subtitle({}, { locale })}: ${due.title} (${due.organisation})`,
		'',
		m.reminder_how({}, { locale }),
		'',
		m.mail_sent_for({ name: due.account.name, email: due.account.email }, { locale })
	].join('\n');
	return { to: due.email, subject, text };
}

/** Notes that a reminder went out for this due date. */
function recordSent(ctx: Context, commitmentId: string, kind: ReminderKind, dueOn: string) {
	statement(
		'INSERT OR IGNORE INTO reminders_sent (commitment_id, kind, due_on, sent_at) VALUES (?, ?, ?, ?)'
	).run(commitmentId, kind, dueOn, ctx.now);
}

/** A carried commitment keeps the record of reminders already sent, so none goes twice. */
export function carryReminders(ctx: Context, from: string, to: string): void {
	statement(
		`INSERT INTO reminders_sent (commitment_id, kind, due_on, sent_at)
		SELECT ?, kind, due_on, sent_at FROM reminders_sent WHERE commitment_id = ?`
	).run(to, from);
}

let running: Promise<number> | null = null;

/** Every commitment with a reminder due today and not sent yet, with which reminder. */
function dueToday(now: number): { due: DueCommitment; kind: ReminderKind }[] {
	const today = dutchDate(now);
	return datedCommitments().flatMap((due) => {
		const kind = reminderFor(due.dueOn, due.days, today, new Set(due.sent));
		return kind ? [{ due, kind }] : [];
	});
}

/** How many reminders are due today and not sent yet (for /metrics). */
export function remindersDue(now = Date.now()): number {
	return dueToday(now).length;
}

/**
 * Sends every reminder that is due today and was not sent yet. A reminder counts as sent only
 * when the SMTP server took it, so one that failed is tried again on the next run. One run at a
 * time: a run that starts while another is still sending (a slow SMTP server) joins it.
 */
export function sendDueReminders(now = Date.now()): Promise<number> {
	running ??= sendDue(now).finally(() => {
		running = null;
	});
	return running;
}

async function sendDue(now: number): Promise<number> {
	if (!mailConfigured()) return 0;
	let sent = 0;
	for (const { due, kind } of dueToday(now)) {
		const outcome = await sendAccountMail(
			{
				accountId: due.account.id,
				purpose: 'reminder',
				subjectKey: `${due.id}:${kind}:${due.dueOn}`,
				mail: reminderMail(due, kind)
			},
			now
		);
		if (outcome !== 'sent') continue;
		execute(
			due.workshopId,
			{ kind: 'system', job: 'reminders' },
			(ctx) => recordSent(ctx, due.id, kind, due.dueOn),
			undefined,
			now
		);
		sent++;
	}
	if (sent > 0) logger().info({ job: 'reminders', sent }, 'reminders sent');
	return sent;
}

/** Mails a new status link to the commitment's owner, if they have an address. */
export async function mailStatusLink(
	account: Facilitator,
	workshop: { id: string; title: string; language: Language },
	commitmentId: string,
	link: string
): Promise<{ to: string; result: MailResult } | null> {
	const row = ownerOf(workshop.id, commitmentId);
	if (!row?.email || !mailConfigured()) return null;
	const locale = workshop.language;
	const outcome = await sendAccountMail({
		accountId: account.id,
		purpose: 'status-link',
		subjectKey: commitmentId,
		mail: {
			to: row.email,
			subject: m.status_link_mail_subject({}, { locale }),
			text: [
				m.reminder_greeting({ name: row.owner }, { locale }),
				'',
				m.status_link_mail_text({ workshop: workshop.title }, { locale }),
				'',
				`“${row.action}”`,
				'',
				link,
				'',
				m.mail_sent_for({ name: account.displayName, email: account.email }, { locale })
			].join('\n')
		}
	});
	return { to: row.email, result: outcome };
}
