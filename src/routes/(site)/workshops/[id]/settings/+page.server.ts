import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { LIMITS } from '$lib/limits';
import { fieldErrors } from '$lib/schemas/form-errors';
import { getDb } from '$lib/server/db';
import { invalid, readForm } from '$lib/server/form';
import { requireFacilitator } from '$lib/server/guards';
import { getIo } from '$lib/server/realtime';
import { workshopRoom } from '$lib/server/realtime/rooms';
import {
	addCoFacilitator,
	deleteWorkshop,
	getFacilitatedWorkshop,
	getOwnedWorkshop,
	getRetentionDays,
	listCoFacilitators,
	setRetentionDays
} from '$lib/server/workshops/workshops';
import type { Actions, PageServerLoad } from './$types';

/** Who runs the workshop with the owner, how long participants' data is kept, and deleting it. */
export const load: PageServerLoad = ({ locals, url, params }) => {
	const facilitator = requireFacilitator(locals, url);
	const workshop = getFacilitatedWorkshop(params.id, facilitator.id);
	if (!workshop) error(404, { message: 'Not Found' });
	const owner = getDb()
		.prepare(
			'SELECT f.display_name FROM workshops w JOIN facilitators f ON f.id = w.owner_id WHERE w.id = ?'
		)
		.pluck()
		.get(params.id) as string;
	return {
		workshop: { id: workshop.id, title: workshop.title },
		settings: {
			owner,
			isOwner: workshop.ownerId === facilitator.id,
			coFacilitators: listCoFacilitators(params.id).map(({ id, displayName }) => ({
				id,
				displayName
			})),
			retentionDays: getRetentionDays(params.id)
		}
	};
};

const inviteSchema = z.object({
	email: z
		.string()
		.trim()
		.toLowerCase()
		.pipe(z.email({ error: 'email_invalid' }))
});
const retentionSchema = z.object({
	retentionDays: z.coerce
		.number({ error: 'retention_invalid' })
		.int({ error: 'retention_invalid' })
		.min(1, { error: 'retention_invalid' })
		.max(LIMITS.retentionDaysMax, { error: 'retention_invalid' })
});

export const actions: Actions = {
	invite: async ({ request, locals, url, params }) => {
		const facilitator = requireFacilitator(locals, url);
		const workshop = getFacilitatedWorkshop(params.id, facilitator.id);
		if (!workshop) error(404, { message: 'Not Found' });
		const form = Object.fromEntries(await readForm(request));
		const values = { email: String(form.email ?? '') };
		const parsed = inviteSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));
		const colleague = getDb()
			.prepare('SELECT id FROM facilitators WHERE email = ?')
			.pluck()
			.get(parsed.data.email) as string | undefined;
		if (!colleague) return invalid(400, values, { email: 'no_such_account' });
		if (colleague !== workshop.ownerId) addCoFacilitator(workshop.id, colleague);
		return { invited: true };
	},
	retention: async ({ request, locals, url, params }) => {
		const facilitator = requireFacilitator(locals, url);
		const workshop = getOwnedWorkshop(params.id, facilitator.id);
		if (!workshop) error(403, { message: 'Forbidden' });
		const form = Object.fromEntries(await readForm(request));
		const parsed = retentionSchema.safeParse(form);
		if (!parsed.success)
			return invalid(
				400,
				{ retentionDays: String(form.retentionDays ?? '') },
				fieldErrors(parsed.error)
			);
		setRetentionDays(workshop.id, parsed.data.retentionDays);
		return { retentionSaved: true };
	},
	delete: async ({ request, locals, url, params }) => {
		const facilitator = requireFacilitator(locals, url);
		const workshop = getOwnedWorkshop(params.id, facilitator.id);
		if (!workshop) error(403, { message: 'Forbidden' });
		const form = await readForm(request);
		if (form.get('confirm') !== 'yes') return invalid(400, {}, { confirm: 'delete_confirm' });
		deleteWorkshop(workshop.id);
		getIo()?.in(workshopRoom(workshop.id)).disconnectSockets(true);
		redirect(303, '/workshops');
	}
};
