import { error } from '$lib/server/http-error';
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { fieldErrors } from '$lib/schemas/form-errors';
import { inviteeSchema, planSchema, seatsSchema } from '$lib/schemas/preparation';
import { act } from '$lib/server/act';
import { fieldsOf, invalid, readForm } from '$lib/server/form';
import { requireFacilitatedWorkshop } from '$lib/server/guards';
import { joinUrl } from '$lib/server/join-link';
import { inviteesOf, planOf } from '$lib/server/read-model/preparation';
import { seatsOf } from '$lib/server/read-model/projections';
import { rowsOf } from '$lib/server/read-model/rows';
import { addInvitee, removeInvitee, setPlan, setSeats } from '$lib/server/workshops/preparation';
import type { Actions, PageServerLoad } from './$types';

/** Before the day: purpose and plan, the people invited, the perspectives at the table. */
export const load: PageServerLoad = ({ locals, url, params }) => {
	const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			caseDescription: workshop.caseDescription,
			scheduledOn: workshop.scheduledOn,
			joinCode: workshop.joinCode
		},
		plan: planOf(workshop.id),
		invitees: inviteesOf(workshop.id),
		seats: seatsOf(rowsOf.seats(workshop.id)),
		briefingUrl: `${joinUrl(url, workshop.joinCode)}/briefing`
	};
};

const idSchema = z.object({ id });
const PLAN = ['purpose', 'caseDescription', 'location', 'startsAt'];
const INVITEE = ['name', 'email', 'role', 'side', 'seat'];

export const actions: Actions = {
	plan: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = fieldsOf(await readForm(request), PLAN);
		const parsed = planSchema.safeParse(form);
		if (!parsed.success) return invalid(400, form, fieldErrors(parsed.error));
		act(facilitator, params.id, (ctx) => setPlan(ctx, parsed.data));
		return { saved: 'plan' };
	},

	invite: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = fieldsOf(await readForm(request), INVITEE);
		const parsed = inviteeSchema.safeParse(form);
		if (!parsed.success) return invalid(400, form, fieldErrors(parsed.error));
		act(facilitator, params.id, (ctx) => addInvitee(ctx, parsed.data));
		return { saved: 'invitee' };
	},

	uninvite: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const parsed = idSchema.safeParse(fieldsOf(await readForm(request), ['id']));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		act(facilitator, params.id, (ctx) => removeInvitee(ctx, parsed.data.id));
		return { saved: 'uninvited' };
	},

	/** The perspectives at the table: the room sees the new list at once. */
	seats: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = await readForm(request);
		const parsed = seatsSchema.safeParse({
			key: form.getAll('key'),
			nl: form.getAll('nl'),
			en: form.getAll('en'),
			remove: form.getAll('remove')
		});
		if (!parsed.success) return invalid(400, {}, fieldErrors(parsed.error));
		act(facilitator, params.id, (ctx) => setSeats(ctx, parsed.data));
		return { saved: 'seats' };
	}
};
