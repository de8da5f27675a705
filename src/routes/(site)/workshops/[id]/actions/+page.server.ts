import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { LIMITS } from '$lib/limits';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { requireFacilitator } from '$lib/server/guards';
import { getIo } from '$lib/server/realtime';
import { publish } from '$lib/server/realtime/publish';
import { actionListOf } from '$lib/server/read-model/action-list';
import { loadWorkshopRows } from '$lib/server/read-model/rows';
import { DomainError, execute } from '$lib/server/workshops/command';
import { updateCommitment } from '$lib/server/workshops/commands/facilitator';
import { getFacilitatedWorkshop } from '$lib/server/workshops/workshops';
import { COMMITMENT_STATUSES } from '$lib/workshop/state';
import type { Actions, PageServerLoad } from './$types';

const filterSchema = z.object({
	status: z.enum(['all', ...COMMITMENT_STATUSES]).catch('all'),
	owner: z.string().trim().max(LIMITS.owner).catch(''),
	sort: z.enum(['created', 'due', 'status', 'owner']).catch('created')
});

const updateSchema = z.object({
	id: z.string().min(1).max(64),
	owner: z.string().trim().max(LIMITS.owner, { error: 'owner_too_long' }),
	dueOn: z.union([z.literal(''), z.iso.date({ error: 'date_invalid' })]),
	status: z.enum(COMMITMENT_STATUSES, { error: 'status_invalid' })
});

const STATUS_ORDER = Object.fromEntries(COMMITMENT_STATUSES.map((s, i) => [s, i]));

export const load: PageServerLoad = ({ locals, url, params }) => {
	const facilitator = requireFacilitator(locals, url);
	const workshop = getFacilitatedWorkshop(params.id, facilitator.id);
	const rows = workshop && loadWorkshopRows(workshop.id);
	if (!workshop || !rows) error(404, { message: 'Not Found' });
	const filters = filterSchema.parse(Object.fromEntries(url.searchParams));
	const all = actionListOf(rows);
	const owner = filters.owner.toLocaleLowerCase('nl');
	const items = all
		.filter((item) => filters.status === 'all' || item.status === filters.status)
		.filter((item) => !owner || item.owner.toLocaleLowerCase('nl').includes(owner))
		.sort((a, b) => {
			if (filters.sort === 'due') return (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');
			if (filters.sort === 'status') return STATUS_ORDER[a.status]! - STATUS_ORDER[b.status]!;
			if (filters.sort === 'owner')
				return (a.owner || '\uffff').localeCompare(b.owner || '\uffff', 'nl');
			return a.createdAt - b.createdAt;
		});
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			organisation: workshop.organisation,
			language: workshop.language
		},
		filters,
		total: all.length,
		items
	};
};

export const actions: Actions = {
	/** The same command as the dashboard's, published to every open screen of the workshop. */
	update: async ({ request, locals, url, params }) => {
		const facilitator = requireFacilitator(locals, url);
		const workshop = getFacilitatedWorkshop(params.id, facilitator.id);
		if (!workshop) error(404, { message: 'Not Found' });
		const form = Object.fromEntries(await readForm(request));
		const values = { id: String(form.id ?? '') };
		const parsed = updateSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));
		const { id, owner, dueOn, status } = parsed.data;
		try {
			const { change } = execute(
				workshop.id,
				{
					kind: 'facilitator',
					facilitatorId: facilitator.id,
					displayName: facilitator.displayName
				},
				(ctx) => updateCommitment(ctx, { id, owner, dueOn: dueOn || null, status })
			);
			publish(getIo(), workshop.id, change);
		} catch (err) {
			if (err instanceof DomainError) error(404, { message: 'Not Found' });
			throw err;
		}
		return { updated: id };
	}
};
