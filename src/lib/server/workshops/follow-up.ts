// Planning a follow-up session from a workshop (or from an earlier follow-up): a new workshop of
// the `follow-up` method that follows it, with the same organisation, case, language, retention
// and co-facilitators, carrying every open commitment. A carried commitment is a new row that
// names the one it continues (`carried_from`): its action and values come along, its owner, due
// date, status and note too, and so do its status link, the reminders already sent for its due
// date and the workshop's calendar feed, so an owner's link and a subscribed calendar keep
// working. The register and the reminders look at the newest row of each commitment only.
import type Database from 'better-sqlite3';
import { getDb } from '../db';
import { newId } from '../ids';
import { createWorkshop, getWorkshop, type Workshop } from './workshops';

export const FOLLOW_UP_METHOD = 'follow-up';

export type FollowUpResult =
	{ ok: true; workshop: Workshop; carried: number } | { ok: false; reason: 'not_found' | 'purged' };

interface OpenCommitment {
	id: string;
	actionId: string;
	text: string;
	owner: string;
	ownerEmail: string | null;
	dueOn: string | null;
	status: string;
	note: string;
}

/** The value in the follow-up that stands for a value of the earlier session (made if needed). */
function valueIn(db: Database.Database, workshopId: string, valueId: string, now: number) {
	const value = db
		.prepare(
			`SELECT principle_key AS principleKey, name_nl AS nameNl, name_en AS nameEn,
				description_nl AS descriptionNl, description_en AS descriptionEn
			FROM workshop_values WHERE id = ?`
		)
		.get(valueId) as Record<string, string>;
	const existing = db
		.prepare(
			'SELECT id FROM workshop_values WHERE workshop_id = ? AND principle_key = ? AND name_nl = ?'
		)
		.pluck()
		.get(workshopId, value.principleKey, value.nameNl) as string | undefined;
	const principle = db
		.prepare('SELECT 1 FROM catalogue_principles WHERE workshop_id = ? AND key = ?')
		.get(workshopId, value.principleKey);
	if (!existing && !principle) return null;
	const id = existing ?? newId();
	if (!existing) {
		const position = db
			.prepare('SELECT COALESCE(MAX(position), 0) + 1 FROM workshop_values WHERE workshop_id = ?')
			.pluck()
			.get(workshopId) as number;
		db.prepare(
			`INSERT INTO workshop_values (id, workshop_id, principle_key, name_nl, name_en, description_nl,
				description_en, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			id,
			workshopId,
			value.principleKey,
			value.nameNl,
			value.nameEn,
			value.descriptionNl,
			value.descriptionEn,
			position,
			now
		);
	}
	db.prepare('UPDATE workshop_values SET selected = 1 WHERE id = ?').run(id);
	return id;
}

function carry(db: Database.Database, from: string, to: string, now: number): number {
	const open = db
		.prepare(
			`SELECT m.id, m.action_id AS actionId, c.text, m.owner, m.owner_email AS ownerEmail,
				m.due_on AS dueOn, m.status, m.note
			FROM commitments m JOIN cards c ON c.id = m.action_id
			WHERE m.workshop_id = ? AND m.status NOT IN ('done', 'dropped')
			ORDER BY m.created_at, m.rowid`
		)
		.all(from) as OpenCommitment[];
	const insertCard = db.prepare(
		`INSERT INTO cards (id, workshop_id, kind, text, selected, created_at, updated_at)
		VALUES (?, ?, 'action', ?, 1, ?, ?)`
	);
	const insertCommitment = db.prepare(
		`INSERT INTO commitments (id, workshop_id, action_id, owner, owner_email, due_on, status, note,
			carried_from, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	open.forEach((c, i) => {
		const actionId = newId();
		const commitmentId = newId();
		insertCard.run(actionId, to, c.text, now + i, now + i);
		const values = db
			.prepare('SELECT value_id FROM action_values WHERE action_id = ?')
			.pluck()
			.all(c.actionId) as string[];
		for (const valueId of values) {
			const carried = valueIn(db, to, valueId, now);
			if (carried) {
				db.prepare('INSERT OR IGNORE INTO action_values (action_id, value_id) VALUES (?, ?)').run(
					actionId,
					carried
				);
			}
		}
		insertCommitment.run(
			commitmentId,
			to,
			actionId,
			c.owner,
			c.ownerEmail,
			c.dueOn,
			c.status,
			c.note,
			c.id,
			now + i,
			now + i
		);
		db.prepare(
			`UPDATE secret_links SET commitment_id = ?, workshop_id = ?
			WHERE commitment_id = ? AND revoked_at IS NULL`
		).run(commitmentId, to, c.id);
		db.prepare(
			`INSERT INTO reminders_sent (commitment_id, kind, due_on, sent_at)
			SELECT ?, kind, due_on, sent_at FROM reminders_sent WHERE commitment_id = ?`
		).run(commitmentId, c.id);
	});
	return open.length;
}

/** Plans a follow-up of this workshop on this date; refused for a purged workshop. */
export function planFollowUp(
	sourceId: string,
	input: { title: string; scheduledOn: string },
	now = Date.now()
): FollowUpResult {
	const db = getDb();
	const source = getWorkshop(sourceId);
	if (!source) return { ok: false, reason: 'not_found' };
	const purged = db.prepare('SELECT purged_at FROM workshops WHERE id = ?').pluck().get(sourceId);
	if (purged !== null) return { ok: false, reason: 'purged' };
	return db.transaction((): FollowUpResult => {
		const workshop = createWorkshop(
			source.ownerId,
			{
				title: input.title,
				organisation: source.organisation,
				caseDescription: source.caseDescription,
				scheduledOn: input.scheduledOn,
				language: source.language,
				method: FOLLOW_UP_METHOD
			},
			now
		);
		db.prepare(
			`UPDATE workshops SET follows_id = ?,
				retention_days = (SELECT retention_days FROM workshops WHERE id = ?),
				reminder_days = (SELECT reminder_days FROM workshops WHERE id = ?)
			WHERE id = ?`
		).run(sourceId, sourceId, sourceId, workshop.id);
		db.prepare(
			`INSERT INTO workshop_facilitators (workshop_id, facilitator_id, added_at)
			SELECT ?, facilitator_id, ? FROM workshop_facilitators WHERE workshop_id = ?`
		).run(workshop.id, now, sourceId);
		const carried = carry(db, sourceId, workshop.id, now);
		db.prepare(
			`UPDATE secret_links SET workshop_id = ?
			WHERE workshop_id = ? AND purpose = 'feed' AND revoked_at IS NULL`
		).run(workshop.id, sourceId);
		return { ok: true, workshop, carried };
	})();
}

/** The workshops that follow this one (its follow-up sessions), oldest first. */
export function followUpsOf(
	workshopId: string
): { id: string; title: string; scheduledOn: string }[] {
	return getDb()
		.prepare(
			`SELECT id, title, scheduled_on AS scheduledOn FROM workshops WHERE follows_id = ?
			ORDER BY scheduled_on, created_at`
		)
		.all(workshopId) as { id: string; title: string; scheduledOn: string }[];
}
