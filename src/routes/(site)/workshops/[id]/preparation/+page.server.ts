import { error } from '$lib/server/http-error';
import { z } from 'zod';
import { fieldErrors } from '$lib/schemas/form-errors';
import { inviteeSchema, planSchema, seatsSchema } from '$lib/schemas/preparation';
import { invalid, readForm } from '$lib/server/form';
import { requireFacilitatedWorkshop } from '$lib/server/guards';
import { joinUrl } from '$lib/server/join-link';
import { getIo } from '$lib/server/realtime';
import { publish } from '$lib/server/realtime/publish';
import { rowsOf } from '$lib/server/read-model/rows';
import { seatsOf } from '$lib/server/read-model/projections';
import { execute } from '$lib/server/workshops/command';
import {
	addInvitee,
	inviteesOf,
	planOf,
	removeInvitee,
	setPlan,
	setSeats
} from '$lib/server/workshops/preparation';
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

const idSchema = z.object({ id: z.string().min(1).max(64) });

export const actions: Actions = {
	plan: async ({ request, locals, url, params }) => {
		const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = Object.fromEntries(await readForm(request));
		const parsed = planSchema.safeParse(form);
		if (!parsed.success) return invalid(400, form, fieldErrors(parsed.error));
		setPlan(workshop.id, parsed.data);
		return { saved: 'plan' };
	},

	invite: async ({ request, locals, url, params }) => {
		const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = Object.fromEntries(await readForm(request));
		const parsed = inviteeSchema.safeParse(form);
		if (!parsed.success) return invalid(400, form, fieldErrors(parsed.error));
		const known = rowsOf.seats(workshop.id).some((s) => s.key === parsed.data.seat);
		addInvitee(workshop.id, { ...parsed.data, seat: known ? parsed.data.seat : null });
		return { saved: 'invitee' };
	},

	uninvite: async ({ request, locals, url, params }) => {
		const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const parsed = idSchema.safeParse(Object.fromEntries(await readForm(request)));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		removeInvitee(workshop.id, parsed.data.id);
		return { saved: 'uninvited' };
	},

	/** The perspectives at the table: the room sees the new list at once. */
	seats: async ({ request, locals, url, params }) => {
		const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = await readForm(request);
		const parsed = seatsSchema.safeParse({
			key: form.getAll('key'),
			nl: form.getAll('nl'),
			en: form.getAll('en'),
			remove: form.getAll('remove')
		});
		if (!parsed.success) return invalid(400, {}, fieldErrors(parsed.error));
		const { change } = execute(
			workshop.id,
			{ kind: 'facilitator', facilitatorId: facilitator.id, displayName: facilitator.displayName },
			(ctx) => setSeats(ctx, parsed.data)
		);
		publish(getIo(), workshop.id, change);
		return { saved: 'seats' };
	}
};
