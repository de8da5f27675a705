// The register: every commitment of every workshop a facilitator owns or co-facilitates, in one
// list, filtered by status, owner, due date and overdue; and the organisation's view, every
// commitment of the account's organisation (without notes). The page and its CSV read the same
// list through the same filter.
import { z } from 'zod';
import { LIMITS } from '$lib/limits';
import { COMMITMENT_STATUSES, isClosed, isOverdue, type CommitmentStatus } from '$lib/vocabulary';
import { getDb } from '../db';
import { membershipOf } from './organisations';

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
	view: z.enum(['mine', 'organisation']).catch('mine'),
	overdue: z
		.literal('1')
		.optional()
		.catch(undefined)
		.transform((v) => v === '1')
});
type RegisterFilter = z.output<typeof registerFilterSchema>;

/** What a member reads in the organisation's view: no owners' notes. */
type OrganisationRegisterItem = Omit<RegisterItem, 'note'>;

/**
 * Every commitment of every workshop of the organisation (as its newest row), for its members
 * whatever their role: the commitments and their owners, never the room's cards or the notes.
 */
export function organisationRegisterOf(
	organisationId: string,
	today: string,
	/** Only this workshop's commitments (it must be the organisation's). */
	workshopId: string | null = null
): OrganisationRegisterItem[] {
	const rows = getDb()
		.prepare(
			`SELECT m.id, w.id AS workshopId, w.title AS workshop, w.organisation,
				w.scheduled_on AS scheduledOn, c.text AS action, m.owner, m.due_on AS dueOn, m.status
			FROM commitments m JOIN workshops w ON w.id = m.workshop_id JOIN cards c ON c.id = m.action_id
			WHERE w.organisation_id = ? AND (? IS NULL OR w.id = ?)
				AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.carried_from = m.id)
			ORDER BY m.due_on IS NULL, m.due_on, w.scheduled_on DESC, m.created_at`
		)
		.all(organisationId, workshopId, workshopId) as Omit<OrganisationRegisterItem, 'overdue'>[];
	return rows.map((r) => ({ ...r, overdue: isOverdue(r, today) }));
}

export type RegisterView = 'mine' | 'organisation';

/**
 * The register a page or its CSV shows: the account's own (`mine`), or its organisation's; null
 * when it asks for an organisation's and is in none.
 */
export function registerFor(
	facilitatorId: string,
	view: RegisterView,
	today: string
): RegisterItem[] | OrganisationRegisterItem[] | null {
	if (view === 'mine') return registerOf(facilitatorId, today);
	const membership = membershipOf(facilitatorId);
	return membership ? organisationRegisterOf(membership.organisationId, today) : null;
}

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
export function filterRegister<Item extends OrganisationRegisterItem>(
	items: Item[],
	filter: RegisterFilter
): Item[] {
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
