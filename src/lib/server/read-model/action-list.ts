// The action list page: every commitment with its linked values and its history (with that of the
// rows it continues), filtered and sorted as asked, with its status link; the calendar feed, the
// follow-ups and the reminder setting. Projected from the same rows as the live state and exports.
import { z } from 'zod';
import type { Localized } from '$lib/language';
import { LIMITS } from '$lib/limits';
import { COMMITMENT_STATUSES, isClosed } from '$lib/vocabulary';
import { mailConfigured } from '../mail';
import { followUpsOf } from './chain';
import { continuationsOf, type HistoryRow } from './commitments';
import { activeLinks } from './links';
import { loadWorkshopRows, type WorkshopRows } from './load';
import type { CommitmentRow } from './rows';

interface ActionListItem extends Pick<
	CommitmentRow,
	'id' | 'owner' | 'ownerEmail' | 'dueOn' | 'status' | 'note' | 'measureUrn' | 'createdAt'
> {
	action: string;
	values: Localized[];
	/** Newest change first. */
	history: Omit<HistoryRow, 'commitmentId'>[];
}

function actionListOf(rows: WorkshopRows): ActionListItem[] {
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

export const actionListFilterSchema = z.object({
	status: z.enum(['all', ...COMMITMENT_STATUSES]).catch('all'),
	owner: z.string().trim().max(LIMITS.owner).catch(''),
	sort: z.enum(['created', 'due', 'status', 'owner']).catch('created')
});
type ActionListFilter = z.output<typeof actionListFilterSchema>;

const STATUS_ORDER = Object.fromEntries(COMMITMENT_STATUSES.map((s, i) => [s, i]));

const SORTS: Record<ActionListFilter['sort'], (a: ActionListItem, b: ActionListItem) => number> = {
	created: (a, b) => a.createdAt - b.createdAt,
	due: (a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
	status: (a, b) => STATUS_ORDER[a.status]! - STATUS_ORDER[b.status]!,
	owner: (a, b) => (a.owner || '\uffff').localeCompare(b.owner || '\uffff', 'nl')
};

/** Everything the action list page shows, as filtered and sorted; null without a workshop. */
export function actionListPage(workshopId: string, filters: ActionListFilter) {
	const rows = loadWorkshopRows(workshopId);
	if (!rows) return null;
	const all = actionListOf(rows);
	const owner = filters.owner.toLocaleLowerCase('nl');
	const links = activeLinks(workshopId);
	const carried = continuationsOf(workshopId);
	const items = all
		.filter((item) => filters.status === 'all' || item.status === filters.status)
		.filter((item) => !owner || item.owner.toLocaleLowerCase('nl').includes(owner))
		.sort(SORTS[filters.sort]);
	return {
		total: all.length,
		items: items.map((item) => ({
			...item,
			statusLink: links.status.get(item.id) ?? null,
			/** Continued in a follow-up: read-only here, it says where it went. */
			carriedTo: carried.get(item.id) ?? null
		})),
		feed: links.feed,
		followUps: followUpsOf(workshopId),
		openCount: all.filter((i) => !isClosed(i.status) && !carried.has(i.id)).length,
		reminders: { days: rows.workshop.reminderDays, mail: mailConfigured() }
	};
}
