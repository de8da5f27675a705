import type { CommitmentStatus } from '$lib/workshop/state';
import { getDb } from '../db';

export interface ActionListItem {
	id: string;
	action: string;
	owner: string;
	dueOn: string | null;
	status: CommitmentStatus;
	values: { nl: string; en: string }[];
	createdAt: number;
	history: {
		changedAt: number;
		changedBy: string;
		field: string;
		oldValue: string | null;
		newValue: string | null;
	}[];
}

/** The commitments of a workshop with their linked values and change history. */
export function listActionItems(workshopId: string): ActionListItem[] {
	const db = getDb();
	const rows = db
		.prepare(
			`SELECT m.id, c.text AS action, m.owner, m.due_on AS dueOn, m.status, m.created_at AS createdAt, m.action_id AS actionId
			FROM commitments m JOIN cards c ON c.id = m.action_id WHERE m.workshop_id = ? ORDER BY m.created_at, m.rowid`
		)
		.all(workshopId) as (Omit<ActionListItem, 'values' | 'history'> & { actionId: string })[];
	const values = db.prepare(
		`SELECT w.name_nl AS nl, w.name_en AS en FROM action_values av JOIN workshop_values w ON w.id = av.value_id
		WHERE av.action_id = ? ORDER BY w.position`
	);
	const history = db.prepare(
		`SELECT changed_at AS changedAt, changed_by AS changedBy, field, old_value AS oldValue, new_value AS newValue
		FROM commitment_history WHERE commitment_id = ? ORDER BY changed_at DESC, id DESC`
	);
	return rows.map(({ actionId, ...row }) => ({
		...row,
		values: values.all(actionId) as { nl: string; en: string }[],
		history: history.all(row.id) as ActionListItem['history']
	}));
}
