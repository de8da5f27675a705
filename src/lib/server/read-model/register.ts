// The organisation's register: every commitment of every workshop a facilitator owns or
// co-facilitates, in one list, filtered by status, owner, due date and overdue. The page and its
// CSV read the same list through the same filter.
import { z } from 'zod';
import { LIMITS } from '$lib/limits';
import { COMMITMENT_STATUSES, isClosed, isOverdue, type CommitmentStatus } from '$lib/vocabulary';
import { getDb } from '../db';

interface RegisterItem {
	id: string;
	workshopId: string;
	workshop: string;
	organisation: string;
	scheduledOn: string;
	action: string;
	owner: string;
	dueOn: string | null;
	status: CommitmentStatus;
	note: string;
	overdue: boolean;
}

export const registerFilterSchema = z.object({
	status: z.enum(['all', 'open_any', ...COMMITMENT_STATUSES]).catch('all'),
	owner: z.string().trim().max(LIMITS.owner).catch(''),
	dueBefore: z.union([z.literal(''), z.iso.date()]).catch(''),
	overdue: z
		.literal('1')
		.optional()
		.catch(undefined)
		.transform((v) => v === '1')
});
type RegisterFilter = z.output<typeof registerFilterSchema>;

export function registerOf(facilitatorId: string, today: string): RegisterItem[] {
	const rows = getDb()
		.prepare(
			`SELECT m.id, w.id AS workshopId, w.title AS workshop, w.organisation,
				w.scheduled_on AS scheduledOn, c.text AS action, m.owner, m.due_on AS dueOn, m.status, m.note
			FROM commitments m JOIN workshops w ON w.id = m.workshop_id JOIN cards c ON c.id = m.action_id
			WHERE (w.owner_id = ?
				OR w.id IN (SELECT workshop_id FROM workshop_facilitators WHERE facilitator_id = ?))
				-- A commitment carried into a follow-up is listed once: as its newest row.
				AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.carried_from = m.id)
			ORDER BY m.due_on IS NULL, m.due_on, w.scheduled_on DESC, m.created_at`
		)
		.all(facilitatorId, facilitatorId) as Omit<RegisterItem, 'overdue'>[];
	return rows.map((r) => ({
		...r,
		overdue: isOverdue(r, today)
	}));
}

/** The items that pass the filter (pure, for the page and the CSV alike). */
export function filterRegister(items: RegisterItem[], filter: RegisterFilter): RegisterItem[] {
	const owner = filter.owner.toLocaleLowerCase('nl');
	return items.filter(
		(item) =>
			(filter.status === 'all' ||
				(filter.status === 'open_any' ? !isClosed(item.status) : item.status === filter.status)) &&
			(!owner || item.owner.toLocaleLowerCase('nl').includes(owner)) &&
			(!filter.dueBefore || (item.dueOn !== null && item.dueOn <= filter.dueBefore)) &&
			(!filter.overdue || item.overdue)
	);
}
