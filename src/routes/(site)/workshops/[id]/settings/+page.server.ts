import { redirect } from '@sveltejs/kit';
import { error } from '$lib/server/http-error';
import { z } from 'zod';
import { LIMITS } from '$lib/limits';
import { fieldErrors } from '$lib/schemas/form-errors';
import { getDb } from '$lib/server/db';
import { invalid, readForm } from '$lib/server/form';
import { requireFacilitatedWorkshop, requireFacilitator } from '$lib/server/guards';
import { m } from '$lib/paraglide/messages';
import { sendMail } from '$lib/server/mail';
import { getIo } from '$lib/server/realtime';
import { disconnectFacilitator } from '$lib/server/realtime/facilitator-access';
import { workshopRoom } from '$lib/server/realtime/rooms';
import {
	INVITATION_DAYS,
	createInvitation,
	pendingInvitations,
	revokeInvitation
} from '$lib/server/workshops/invitations';
import {
	deleteWorkshop,
	getOwnedWorkshop,
	getRetentionDays,
	listCoFacilitators,
	removeCoFacilitator,
	setRetentionDays
} from '$lib/server/workshops/workshops';
import type { Actions, PageServerLoad } from './$types';

/**
 * Who runs the workshop with the owner (the owner invites, revokes invitations and takes access
 * away), how long participants' data is kept, and deleting it.
 */
export const load: PageServerLoad = ({ locals, url, params }) => {
	const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
	const owner = getDb()
		.prepare(
			'SELECT f.display_name FROM workshops w JOIN facilitators f ON f.id = w.owner_id WHERE w.id = ?'
		)
		.pluck()
		.get(params.id) as string;
	const isOwner = workshop.ownerId === facilitator.id;
	return {
		workshop: { id: workshop.id, title: workshop.title },
		settings: {
			owner,
			isOwner,
			invitations: isOwner ? pendingInvitations(params.id) : [],
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
		const workshop = getOwnedWorkshop(params.id, facilitator.id);
		if (!workshop) error(403, { message: 'Forbidden' });
		const form = Object.fromEntries(await readForm(request));
		const values = { email: String(form.email ?? '') };
		const parsed = inviteSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));
		// The same answer whether or not the address has an account: nothing here looks it up.
		const { email } = parsed.data;
		const { token } = createInvitation(workshop.id, email, facilitator.id);
		const link = new URL(`/invitations/${token}`, url.origin).href;
		const mail = await sendMail({
			to: email,
			subject: m.invitation_mail_subject({ workshop: workshop.title }),
			text: m.invitation_mail_text({
				inviter: facilitator.displayName,
				workshop: workshop.title,
				link,
				days: INVITATION_DAYS
			})
		});
		return { invited: { email, link, mail, days: INVITATION_DAYS } };
	},
	revoke: async ({ request, locals, url, params }) => {
		const facilitator = requireFacilitator(locals, url);
		const workshop = getOwnedWorkshop(params.id, facilitator.id);
		if (!workshop) error(403, { message: 'Forbidden' });
		const id = String((await readForm(request)).get('id') ?? '');
		revokeInvitation(workshop.id, id);
		return { revoked: true };
	},
	remove: async ({ request, locals, url, params }) => {
		const facilitator = requireFacilitator(locals, url);
		const workshop = getOwnedWorkshop(params.id, facilitator.id);
		if (!workshop) error(403, { message: 'Forbidden' });
		const id = String((await readForm(request)).get('facilitatorId') ?? '');
		if (removeCoFacilitator(workshop.id, id)) {
			// Their open dashboard and beamer close now, not at the next access sweep.
			disconnectFacilitator(getIo(), workshop.id, id);
		}
		return { removed: true };
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
