import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid } from '$lib/server/form';
import { requireFacilitator } from '$lib/server/guards';
import { listActionItems } from '$lib/server/workshops/action-list';
import { updateCommitment } from '$lib/server/workshops/contributions';
import { getFacilitatedWorkshop } from '$lib/server/workshops/workshops';
import { COMMITMENT_STATUSES } from '$lib/workshop/state';
import type { Actions, PageServerLoad } from './$types';

const filterSchema = z.object({
	status: z.enum(['all', ...COMMITMENT_STATUSES]).catch('all'),
	owner: z.string().trim().max(120).catch(''),
	sort: z.enum(['created', 'due', 'status', 'owner']).catch('created')
});

const updateSchema = z.object({
	id: z.string().min(1).max(64),
	owner: z.string().trim().max(120, { error: 'owner_too_long' }),
	dueOn: z.union([z.literal(''), z.iso.date({ error: 'date_invalid' })]),
	status: z.enum(COMMITMENT_STATUSES, { error: 'status_invalid' })
});

const STATUS_ORDER = Object.fromEntries(COMMITMENT_STATUSES.map((s, i) => [s, i]));

export const load: PageServerLoad = ({ locals, url, params }) => {
	const facilitator = requireFacilitator(locals, url);
	const workshop = getFacilitatedWorkshop(params.id, facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	const filters = filterSchema.parse(Object.fromEntries(url.searchParams));
	const all = listActionItems(workshop.id);
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
	update: async ({ request, locals, url, params }) => {
		const facilitator = requireFacilitator(locals, url);
		const workshop = getFacilitatedWorkshop(params.id, facilitator.id);
		if (!workshop) error(404, { message: 'Not Found' });
		const form = Object.fromEntries(await request.formData());
		const values = { id: String(form.id ?? '') };
		const parsed = updateSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));
		const { id, owner, dueOn, status } = parsed.data;
		if (
			!updateCommitment(
				workshop.id,
				id,
				{ owner, dueOn: dueOn || null, status },
				facilitator.displayName
			)
		) {
			error(404, { message: 'Not Found' });
		}
		return { updated: id };
	}
};
