// E-mail to commitment owners who have an address: a reminder a set number of days before the due
// date (per workshop, 0 for none) and one when it has passed, each once per due date; and their
// status link when the facilitator makes one. Only with an SMTP server (SMTP_URL): without one
// nothing is sent and nothing breaks, and the action list says so. Runs hourly (hooks.server.ts).
import type { Language } from '$lib/language';
import { m } from '$lib/paraglide/messages';
import { addDays, dutchDate } from '$lib/dates';
import { formatDate } from '$lib/format';
import { statusLabel } from '$lib/i18n/labels';
import type { CommitmentStatus } from '$lib/workshop/state';
import { getDb } from '../db';
import { mailConfigured, sendMail } from '../mail';

export function reminderDays(workshopId: string): number {
	return getDb()
		.prepare('SELECT reminder_days FROM workshops WHERE id = ?')
		.pluck()
		.get(workshopId) as number;
}

export function setReminderDays(workshopId: string, days: number): void {
	getDb().prepare('UPDATE workshops SET reminder_days = ? WHERE id = ?').run(days, workshopId);
}

interface Due {
	id: string;
	owner: string;
	email: string;
	dueOn: string;
	status: CommitmentStatus;
	action: string;
	title: string;
	organisation: string;
	language: Language;
	days: number;
}

export type ReminderKind = 'before' | 'overdue';

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

function reminderMail(due: Due, kind: ReminderKind) {
	const locale = due.language;
	const date = formatDate(due.dueOn, locale);
	const subject =
		kind === 'before'
			? m.reminder_subject_before({ action: due.action, date }, { locale })
			: m.reminder_subject_overdue({ action: due.action, date }, { locale });
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
		m.reminder_how({}, { locale })
	].join('\n');
	return { to: due.email, subject, text };
}

/**
 * Sends every reminder that is due today and was not sent yet. A reminder counts as sent only
 * when the SMTP server took it, so one that failed is tried again on the next run.
 */
export async function sendDueReminders(now = Date.now()): Promise<number> {
	if (!mailConfigured()) return 0;
	const db = getDb();
	const today = dutchDate(now);
	const dues = db
		.prepare(
			`SELECT m.id, m.owner, m.owner_email AS email, m.due_on AS dueOn, m.status, c.text AS action,
				w.title, w.organisation, w.language, w.reminder_days AS days
			FROM commitments m JOIN workshops w ON w.id = m.workshop_id JOIN cards c ON c.id = m.action_id
			WHERE m.owner_email IS NOT NULL AND m.due_on IS NOT NULL
				AND m.status NOT IN ('done', 'dropped') AND w.purged_at IS NULL
				AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.carried_from = m.id)`
		)
		.all() as Due[];
	const sentKinds = db.prepare(
		'SELECT kind FROM reminders_sent WHERE commitment_id = ? AND due_on = ?'
	);
	const record = db.prepare(
		'INSERT OR IGNORE INTO reminders_sent (commitment_id, kind, due_on, sent_at) VALUES (?, ?, ?, ?)'
	);
	let sent = 0;
	for (const due of dues) {
		const already = new Set(sentKinds.pluck().all(due.id, due.dueOn) as ReminderKind[]);
		const kind = reminderFor(due.dueOn, due.days, today, already);
		if (!kind) continue;
		if ((await sendMail(reminderMail(due, kind))) !== 'sent') continue;
		record.run(due.id, kind, due.dueOn, now);
		sent++;
	}
	if (sent > 0) console.log(`[reminders] sent ${sent} reminder(s)`);
	return sent;
}

/** Mails a new status link to the commitment's owner, if they have an address; returns it. */
export async function mailStatusLink(
	workshop: { id: string; title: string; organisation: string; language: Language },
	commitmentId: string,
	link: string
): Promise<string | null> {
	const row = getDb()
		.prepare(
			`SELECT m.owner, m.owner_email AS email, c.text AS action FROM commitments m
			JOIN cards c ON c.id = m.action_id WHERE m.id = ? AND m.workshop_id = ?`
		)
		.get(commitmentId, workshop.id) as { owner: string; email: string | null; action: string };
	if (!row?.email || !mailConfigured()) return null;
	const locale = workshop.language;
	const outcome = await sendMail({
		to: row.email,
		subject: m.status_link_mail_subject({ action: row.action }, { locale }),
		text: [
			m.reminder_greeting({ name: row.owner }, { locale }),
			'',
			m.status_link_mail_text({ workshop: workshop.title }, { locale }),
			'',
			`“${row.action}”`,
			'',
			link
		].join('\n')
	});
	return outcome === 'sent' ? row.email : null;
}
