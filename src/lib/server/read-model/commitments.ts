// Commitments across sessions, as the read model has them: a commitment carried into a follow-up
// is one commitment with several rows (`carried_from`); its newest row is where it lives now, and
// its history is that of all its rows. Every reader of a commitment's course (the action list, the
// owner's status page, the progress report, the register, reminders) reads it here.
import type { Language } from '$lib/language';
import type { ChangeVia, CommitmentStatus } from '$lib/vocabulary';
import { statement } from '../db/statements';

export interface HistoryRow {
	commitmentId: string;
	changedAt: number;
	changedBy: string;
	/** On the dashboard or action list, by the owner through a status link, or in the room. */
	via: ChangeVia;
	field: 'owner' | 'owner_email' | 'due_on' | 'status' | 'note' | 'measure_urn';
	oldValue: string | null;
	newValue: string | null;
}

/** A commitment's own fields, as every reader of one has them. */
export interface CommitmentFields {
	id: string;
	actionId: string;
	owner: string;
	/** For reminders and the status link by e-mail: only the action list shows it. */
	ownerEmail: string | null;
	dueOn: string | null;
	status: CommitmentStatus;
	/** The latest short status note (from the owner's status link or the action list). */
	note: string;
	/** A measure of the Algoritmekader it carries out (urn:nl:ak:mtr:...). */
	measureUrn: string | null;
}

/** An open commitment of a session, with its values, to carry into a follow-up. */
export interface OpenCommitment extends CommitmentFields {
	text: string;
	values: {
		principleKey: string;
		nameNl: string;
		nameEn: string;
		descriptionNl: string;
		descriptionEn: string;
	}[];
}

/** Whether a commitment was carried on into a follow-up session (its row there continues it). */
export function isCarried(commitmentId: string): boolean {
	return !!statement('SELECT 1 FROM commitments WHERE carried_from = ?', { pluck: true }).get(
		commitmentId
	);
}

/** For each commitment of this workshop that was carried on: the session it continues in. */
export function continuationsOf(workshopId: string) {
	const rows = statement(
		`SELECT n.carried_from AS fromId, n.workshop_id AS workshopId, w.title
		FROM commitments m JOIN commitments n ON n.carried_from = m.id
		JOIN workshops w ON w.id = n.workshop_id WHERE m.workshop_id = ?`
	).all(workshopId) as { fromId: string; workshopId: string; title: string }[];
	return new Map(rows.map(({ fromId, ...to }) => [fromId, to]));
}

/**
 * The commitments of a workshop that are not done or dropped and not carried on yet, in their
 * order, with their values.
 */
export function openCommitmentsOf(workshopId: string): OpenCommitment[] {
	const open = statement(
		`SELECT m.id, m.action_id AS actionId, c.text, m.owner, m.owner_email AS ownerEmail,
			m.due_on AS dueOn, m.status, m.note, m.measure_urn AS measureUrn
		FROM commitments m JOIN cards c ON c.id = m.action_id
		WHERE m.workshop_id = ? AND m.status NOT IN ('done', 'dropped')
			AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.carried_from = m.id)
		ORDER BY m.created_at, m.rowid`
	).all(workshopId) as Omit<OpenCommitment, 'values'>[];
	const values = statement(
		`SELECT v.principle_key AS principleKey, v.name_nl AS nameNl, v.name_en AS nameEn,
			v.description_nl AS descriptionNl, v.description_en AS descriptionEn
		FROM action_values av JOIN workshop_values v ON v.id = av.value_id
		WHERE av.action_id = ? ORDER BY v.position`
	);
	return open.map((m) => ({ ...m, values: values.all(m.actionId) as OpenCommitment['values'] }));
}

/**
 * The rows behind each commitment the seed selects: `commitment_id` with every row it continues
 * (`row_id`), back to its first, at `depth` 0 for itself. One recursion for every lineage query.
 */
const lineOf = (seed: string) => `WITH RECURSIVE line (commitment_id, row_id, depth) AS (
	SELECT id, id, 0 FROM commitments WHERE ${seed}
	UNION ALL
	SELECT line.commitment_id, m.carried_from, line.depth + 1 FROM line
	JOIN commitments m ON m.id = line.row_id WHERE m.carried_from IS NOT NULL AND line.depth < 100
)`;
const BY_IDS = 'id IN (SELECT value FROM json_each(@ids))';

/**
 * The history of these commitments (or of every commitment of the workshop), each with the history
 * of the rows it continues: newest change first.
 */
export function historyOf(workshopId: string, ids?: readonly string[]): HistoryRow[] {
	if (ids && ids.length === 0) return [];
	return statement(
		`${lineOf(`workshop_id = @workshopId AND (@ids IS NULL OR ${BY_IDS})`)}
		SELECT line.commitment_id AS commitmentId, h.changed_at AS changedAt,
			h.changed_by AS changedBy, h.via, h.field, h.old_value AS oldValue, h.new_value AS newValue
		FROM line JOIN commitment_history h ON h.commitment_id = line.row_id
		ORDER BY h.changed_at DESC, h.id DESC`
	).all({ workshopId, ids: ids ? JSON.stringify(ids) : null }) as HistoryRow[];
}

/** When each of these commitments was first agreed (the first of its rows). */
export function agreedOn(ids: readonly string[]): Map<string, number> {
	if (ids.length === 0) return new Map();
	const rows = statement(
		`${lineOf(BY_IDS)}
		SELECT line.commitment_id AS id, MIN(m.created_at) AS createdAt
		FROM line JOIN commitments m ON m.id = line.row_id GROUP BY line.commitment_id`
	).all({ ids: JSON.stringify(ids) }) as { id: string; createdAt: number }[];
	return new Map(rows.map((r) => [r.id, r.createdAt]));
}

/**
 * For each of these commitments, its first row (itself, or the row in the earliest session it was
 * carried from): one commitment keeps one id over the sessions, which a calendar needs to keep one
 * event for it.
 */
export function firstRowsOf(ids: readonly string[]): Map<string, string> {
	if (ids.length === 0) return new Map();
	const rows = statement(
		`${lineOf(BY_IDS)}
		SELECT commitment_id AS id, row_id AS first FROM line l
		WHERE depth = (SELECT MAX(depth) FROM line WHERE commitment_id = l.commitment_id)`
	).all({ ids: JSON.stringify(ids) }) as { id: string; first: string }[];
	return new Map(rows.map((r) => [r.id, r.first]));
}

/** A commitment with an owner's address and a due date, as a reminder needs it. */
export interface DueCommitment {
	id: string;
	workshopId: string;
	owner: string;
	email: string;
	dueOn: string;
	status: CommitmentStatus;
	action: string;
	title: string;
	organisation: string;
	language: Language;
	/** The workshop's days of notice before the due date. */
	days: number;
	/** Which reminders were sent for this due date. */
	sent: ('before' | 'overdue')[];
	/** The workshop's owner, in whose name reminders go out. */
	account: { id: string; name: string; email: string };
}

/**
 * Every open, dated commitment with an owner's address, in every workshop that is not purged: each
 * once, as its newest row (a carried commitment lives in its latest session).
 */
export function datedCommitments(): DueCommitment[] {
	const rows = statement(
		`SELECT m.id, w.id AS workshopId, m.owner, m.owner_email AS email, m.due_on AS dueOn, m.status,
			c.text AS action, w.title, w.organisation, w.language, w.reminder_days AS days,
			(SELECT json_group_array(kind) FROM reminders_sent r
				WHERE r.commitment_id = m.id AND r.due_on = m.due_on) AS sent,
			f.id AS accountId, f.display_name AS accountName, f.email AS accountEmail
		FROM commitments m JOIN workshops w ON w.id = m.workshop_id JOIN cards c ON c.id = m.action_id
			JOIN facilitators f ON f.id = w.owner_id
		WHERE m.owner_email IS NOT NULL AND m.due_on IS NOT NULL
			AND m.status NOT IN ('done', 'dropped') AND w.purged_at IS NULL
			AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.carried_from = m.id)`
	).all() as (Omit<DueCommitment, 'sent' | 'account'> & {
		sent: string;
		accountId: string;
		accountName: string;
		accountEmail: string;
	})[];
	return rows.map(({ accountId, accountName, accountEmail, ...row }) => ({
		...row,
		sent: JSON.parse(row.sent) as DueCommitment['sent'],
		account: { id: accountId, name: accountName, email: accountEmail }
	}));
}

/** A commitment's owner, address and action, for mailing them their status link. */
export function ownerOf(workshopId: string, commitmentId: string) {
	return statement(
		`SELECT m.owner, m.owner_email AS email, c.text AS action FROM commitments m
		JOIN cards c ON c.id = m.action_id WHERE m.id = ? AND m.workshop_id = ?`
	).get(commitmentId, workshopId) as
		{ owner: string; email: string | null; action: string } | undefined;
}
