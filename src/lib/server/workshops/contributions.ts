// What people put into a workshop: profiles, cards, votes, tensions, ratings, commitments,
// reflections. Every write from a phone is idempotent: an add carries a client-generated id, and a
// vote, rating or reflection sets a value, so a retry after a lost ack stores nothing twice.
import type { CardKind, CommitmentStatus, Perspective } from '$lib/workshop/state';
import { checkVote, type VoteCheck } from '$lib/workshop/voting';
import { getDb } from '../db';
import { statement } from '../db/statements';
import { newId } from '../ids';
import { alreadyStored, type Author } from './idempotency';

export function setProfile(
	participantId: string,
	perspective: Perspective,
	role: string,
	seat: string | null = null
): void {
	statement('UPDATE participants SET perspective = ?, role = ?, seat = ? WHERE id = ?').run(
		perspective,
		role,
		seat,
		participantId
	);
}

/** Adds a card; with an author, a second call with the same client id returns the first card. */
export function addCard(
	workshopId: string,
	kind: CardKind,
	text: string,
	author: Author,
	valueIds: string[] = [],
	now = Date.now()
): string {
	const db = getDb();
	return db.transaction(() => {
		const existing = alreadyStored('cards', author);
		if (existing) return existing;
		const id = newId();
		statement(
			`INSERT INTO cards (id, workshop_id, kind, text, added_by, client_id, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			id,
			workshopId,
			kind,
			text,
			author?.participantId ?? null,
			author?.clientId ?? null,
			now,
			now
		);
		linkValues(workshopId, id, valueIds);
		return id;
	})();
}

/** Replaces an action's linked values with those of this workshop among `valueIds`. */
export function linkValues(workshopId: string, actionId: string, valueIds: string[]): void {
	statement('DELETE FROM action_values WHERE action_id = ?').run(actionId);
	const insert = statement(
		`INSERT OR IGNORE INTO action_values (action_id, value_id)
		SELECT ?, id FROM workshop_values WHERE id = ? AND workshop_id = ?`
	);
	for (const valueId of valueIds) insert.run(actionId, valueId, workshopId);
}

export function getCard(workshopId: string, cardId: string) {
	return statement(
		'SELECT id, kind, merged_into AS mergedInto FROM cards WHERE id = ? AND workshop_id = ?'
	).get(cardId, workshopId) as
		{ id: string; kind: CardKind; mergedInto: string | null } | undefined;
}

export function editCard(
	workshopId: string,
	cardId: string,
	changes: { text?: string; cluster?: string; hidden?: boolean; selected?: boolean },
	now = Date.now()
): boolean {
	const columns = {
		text: 'text',
		cluster: 'cluster',
		hidden: 'hidden',
		selected: 'selected'
	} as const;
	const entries = (Object.keys(columns) as (keyof typeof columns)[])
		.filter((key) => changes[key] !== undefined)
		.map(
			(key) =>
				[
					columns[key],
					typeof changes[key] === 'boolean' ? Number(changes[key]) : changes[key]
				] as const
		);
	if (entries.length === 0) return !!getCard(workshopId, cardId);
	const sets = entries.map(([column]) => `${column} = ?`).join(', ');
	return (
		statement(`UPDATE cards SET ${sets}, updated_at = ? WHERE id = ? AND workshop_id = ?`).run(
			...entries.map(([, value]) => value),
			now,
			cardId,
			workshopId
		).changes === 1
	);
}

/**
 * Merges `sourceId` into `targetId` (same kind, same workshop): the source is kept but marked
 * merged, its linked values join the target's, and for actions its ratings move to the target
 * where the rater has not rated the target yet, so no rating is lost or counted twice.
 */
export function mergeCards(
	workshopId: string,
	sourceId: string,
	targetId: string,
	now = Date.now()
): boolean {
	if (sourceId === targetId) return false;
	const db = getDb();
	return db.transaction(() => {
		const source = getCard(workshopId, sourceId);
		const target = getCard(workshopId, targetId);
		if (!source || !target || source.kind !== target.kind || target.mergedInto) return false;
		statement('UPDATE cards SET merged_into = ?, updated_at = ? WHERE id = ?').run(
			targetId,
			now,
			sourceId
		);
		statement('UPDATE cards SET merged_into = ?, updated_at = ? WHERE merged_into = ?').run(
			targetId,
			now,
			sourceId
		);
		statement(
			'INSERT OR IGNORE INTO action_values (action_id, value_id) SELECT ?, value_id FROM action_values WHERE action_id = ?'
		).run(targetId, sourceId);
		statement(
			`INSERT OR IGNORE INTO action_ratings (participant_id, action_id, necessity, importance, updated_at)
			SELECT participant_id, ?, necessity, importance, updated_at FROM action_ratings WHERE action_id = ?`
		).run(targetId, sourceId);
		statement('DELETE FROM action_ratings WHERE action_id = ?').run(sourceId);
		return true;
	})();
}

export function votesOf(participantId: string): Map<string, number> {
	const rows = statement(
		'SELECT value_id AS valueId, dots FROM value_votes WHERE participant_id = ?'
	).all(participantId) as { valueId: string; dots: number }[];
	return new Map(rows.map((r) => [r.valueId, r.dots]));
}

export type VoteResult = VoteCheck | { ok: false; reason: 'NOT_FOUND' };

/** Puts exactly `dots` dots on a value (0 removes them), within the workshop's voting rules. */
export function setVote(
	workshopId: string,
	participantId: string,
	valueId: string,
	dots: number,
	now = Date.now()
): VoteResult {
	const db = getDb();
	return db
		.transaction((): VoteResult => {
			const value = statement(
				'SELECT 1 FROM workshop_values WHERE id = ? AND workshop_id = ? AND hidden = 0'
			).get(valueId, workshopId);
			if (!value) return { ok: false, reason: 'NOT_FOUND' };
			const rules = statement(
				'SELECT dot_budget AS budget, max_dots_per_value AS maxPerValue FROM workshops WHERE id = ?'
			).get(workshopId) as { budget: number; maxPerValue: number };
			const check = checkVote(rules, votesOf(participantId), valueId, dots);
			if (!check.ok) return check;
			if (dots === 0) {
				statement('DELETE FROM value_votes WHERE participant_id = ? AND value_id = ?').run(
					participantId,
					valueId
				);
			} else {
				statement(
					`INSERT INTO value_votes (participant_id, value_id, dots, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (participant_id, value_id) DO UPDATE SET dots = excluded.dots, updated_at = excluded.updated_at`
				).run(participantId, valueId, dots, now);
			}
			return { ok: true };
		})
		.immediate();
}

export function addTension(
	workshopId: string,
	valueAId: string,
	valueBId: string,
	note: string,
	author: Author,
	now = Date.now()
): string | null {
	const db = getDb();
	return db.transaction(() => {
		const existing = alreadyStored('value_tensions', author);
		if (existing) return existing;
		const count = statement(
			'SELECT COUNT(*) FROM workshop_values WHERE workshop_id = ? AND id IN (?, ?)',
			{ pluck: true }
		).get(workshopId, valueAId, valueBId) as number;
		if (valueAId === valueBId || count !== 2) return null;
		const id = newId();
		statement(
			`INSERT INTO value_tensions (id, workshop_id, value_a_id, value_b_id, note, added_by, client_id, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			id,
			workshopId,
			valueAId,
			valueBId,
			note,
			author?.participantId ?? null,
			author?.clientId ?? null,
			now
		);
		return id;
	})();
}

export function hideTension(workshopId: string, tensionId: string, hidden: boolean): boolean {
	return (
		statement('UPDATE value_tensions SET hidden = ? WHERE id = ? AND workshop_id = ?').run(
			Number(hidden),
			tensionId,
			workshopId
		).changes === 1
	);
}

/** Rates an action (an unmerged, visible action of this workshop); false when there is none. */
export function setRating(
	workshopId: string,
	participantId: string,
	actionId: string,
	necessity: number,
	importance: number,
	now = Date.now()
): boolean {
	const action = statement(
		"SELECT 1 FROM cards WHERE id = ? AND workshop_id = ? AND kind = 'action' AND hidden = 0 AND merged_into IS NULL"
	).get(actionId, workshopId);
	if (!action) return false;
	statement(
		`INSERT INTO action_ratings (participant_id, action_id, necessity, importance, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (participant_id, action_id) DO UPDATE SET necessity = excluded.necessity,
			importance = excluded.importance, updated_at = excluded.updated_at`
	).run(participantId, actionId, necessity, importance, now);
	return true;
}

/** Chooses an action for the action list (creating its commitment) or takes it off again. */
export function selectAction(
	workshopId: string,
	actionId: string,
	selected: boolean,
	now = Date.now()
): boolean {
	const db = getDb();
	return db.transaction(() => {
		const changed =
			statement(
				"UPDATE cards SET selected = ?, updated_at = ? WHERE id = ? AND workshop_id = ? AND kind = 'action'"
			).run(Number(selected), now, actionId, workshopId).changes === 1;
		if (!changed) return false;
		if (selected) {
			statement(
				'INSERT OR IGNORE INTO commitments (id, workshop_id, action_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'
			).run(newId(), workshopId, actionId, now, now);
		} else {
			// Keep a commitment someone already worked on; drop an untouched one.
			statement(
				"DELETE FROM commitments WHERE action_id = ? AND owner = '' AND due_on IS NULL AND status = 'open' AND NOT EXISTS (SELECT 1 FROM commitment_volunteers v WHERE v.commitment_id = commitments.id)"
			).run(actionId);
		}
		return true;
	})();
}

export interface CommitmentChanges {
	owner?: string;
	/** '' removes the address. */
	ownerEmail?: string;
	dueOn?: string | null;
	status?: CommitmentStatus;
	note?: string;
	/** '' removes the reference. */
	measureUrn?: string;
}

const COMMITMENT_FIELDS = [
	['owner', 'owner'],
	['ownerEmail', 'owner_email'],
	['dueOn', 'due_on'],
	['status', 'status'],
	['note', 'note'],
	['measureUrn', 'measure_urn']
] as const;

/**
 * Changes a commitment's owner, address, due date, status or note, and writes each field that
 * changed to its history with who changed it and how (on the dashboard, by a status link, or in a
 * follow-up's status round).
 */
export function updateCommitment(
	workshopId: string,
	commitmentId: string,
	changes: CommitmentChanges,
	changedBy: string,
	now = Date.now(),
	via: 'facilitator' | 'link' | 'session' = 'facilitator'
): boolean {
	const db = getDb();
	return db.transaction(() => {
		const before = statement(
			`SELECT owner, owner_email, due_on, status, note, measure_urn FROM commitments
			WHERE id = ? AND workshop_id = ?`
		).get(commitmentId, workshopId) as Record<string, string | null> | undefined;
		if (!before) return false;
		const after = { ...before };
		const changed: string[] = [];
		for (const [key, column] of COMMITMENT_FIELDS) {
			let value = changes[key];
			if (value === undefined) continue;
			if ((key === 'ownerEmail' || key === 'measureUrn') && value === '') value = null;
			if (value === before[column]) continue;
			after[column] = value;
			changed.push(column);
		}
		if (changed.length === 0) return true;
		statement(
			`UPDATE commitments SET owner = ?, owner_email = ?, due_on = ?, status = ?, note = ?,
				measure_urn = ?, updated_at = ? WHERE id = ?`
		).run(
			after.owner,
			after.owner_email,
			after.due_on,
			after.status,
			after.note,
			after.measure_urn,
			now,
			commitmentId
		);
		const record = statement(
			`INSERT INTO commitment_history (commitment_id, changed_at, changed_by, via, field, old_value, new_value)
			VALUES (?, ?, ?, ?, ?, ?, ?)`
		);
		for (const column of changed) {
			record.run(commitmentId, now, changedBy, via, column, before[column], after[column]);
		}
		return true;
	})();
}

export function setVolunteer(
	workshopId: string,
	participantId: string,
	commitmentId: string,
	volunteer: boolean,
	now = Date.now()
): boolean {
	const exists = statement('SELECT 1 FROM commitments WHERE id = ? AND workshop_id = ?').get(
		commitmentId,
		workshopId
	);
	if (!exists) return false;
	if (volunteer) {
		statement(
			'INSERT OR IGNORE INTO commitment_volunteers (commitment_id, participant_id, created_at) VALUES (?, ?, ?)'
		).run(commitmentId, participantId, now);
	} else {
		statement(
			'DELETE FROM commitment_volunteers WHERE commitment_id = ? AND participant_id = ?'
		).run(commitmentId, participantId);
	}
	return true;
}

export function setReflection(
	workshopId: string,
	participantId: string,
	principleKey: string,
	score: number,
	comment: string,
	now = Date.now()
): boolean {
	const principle = statement(
		'SELECT 1 FROM catalogue_principles WHERE workshop_id = ? AND key = ?'
	).get(workshopId, principleKey);
	if (!principle) return false;
	statement(
		`INSERT INTO reflections (participant_id, principle_key, score, comment, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (participant_id, principle_key) DO UPDATE SET score = excluded.score, comment = excluded.comment, updated_at = excluded.updated_at`
	).run(participantId, principleKey, score, comment, now);
	return true;
}

export function setClosingNote(participantId: string, text: string, now = Date.now()): void {
	if (text === '') {
		statement('DELETE FROM closing_notes WHERE participant_id = ?').run(participantId);
		return;
	}
	statement(
		`INSERT INTO closing_notes (participant_id, text, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (participant_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`
	).run(participantId, text, now);
}
