// The action list page: every commitment with its linked values and the history of its changes,
// projected from the same rows as the live state and the exports.
import type { Localized } from '$lib/language';
import type { CommitmentStatus } from '$lib/workshop/state';
import type { HistoryRow, WorkshopRows } from './rows';

export interface ActionListItem {
	id: string;
	action: string;
	owner: string;
	ownerEmail: string | null;
	dueOn: string | null;
	status: CommitmentStatus;
	note: string;
	measureUrn: string | null;
	values: Localized[];
	createdAt: number;
	/** Newest change first. */
	history: Omit<HistoryRow, 'commitmentId'>[];
}

export function actionListOf(rows: WorkshopRows): ActionListItem[] {
	const cards = new Map(rows.cards.map((c) => [c.id, c]));
	const values = new Map(rows.values.map((v) => [v.id, v]));
	const position = new Map(rows.values.map((v, i) => [v.id, i]));
	return rows.commitments.map((m) => ({
		id: m.id,
		action: cards.get(m.actionId)?.text ?? '',
		owner: m.owner,
		ownerEmail: m.ownerEmail,
		dueOn: m.dueOn,
		status: m.status,
		note: m.note,
		measureUrn: m.measureUrn,
		createdAt: m.createdAt,
		values: rows.links
			.filter((l) => l.actionId === m.actionId)
			.sort((a, b) => position.get(a.valueId)! - position.get(b.valueId)!)
			.map((l) => values.get(l.valueId)!)
			.map((v) => ({ nl: v.nameNl, en: v.nameEn })),
		history: rows.history
			.filter((h) => h.commitmentId === m.id)
			.map(({ commitmentId: _id, ...change }) => change)
	}));
}
