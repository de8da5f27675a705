import { redirect } from '@sveltejs/kit';
import { error } from '$lib/server/http-error';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { id } from '$lib/schemas/common';
import { fieldErrors } from '$lib/schemas/form-errors';
import { inviteSchema, retentionSchema } from '$lib/schemas/workshop';
import { act } from '$lib/server/act';
import { fieldsOf, invalid, readForm } from '$lib/server/form';
import { requireFacilitatedWorkshop } from '$lib/server/guards';
import { sendAccountMail } from '$lib/server/mail-policy';
import { getIo } from '$lib/server/realtime';
import { disconnectFacilitator } from '$lib/server/realtime/facilitator-access';
import { workshopRoom } from '$lib/server/realtime/rooms';
import { pendingInvitations } from '$lib/server/read-model/invitations';
import { coFacilitatorsOf } from '$lib/server/read-model/workshops';
import {
	INVITATION_DAYS,
	createInvitation,
	revokeInvitation
} from '$lib/server/workshops/invitations';
import {
	deleteWorkshop,
	removeCoFacilitator,
	setRetentionDays
} from '$lib/server/workshops/workshops';
import type { Actions, PageServerLoad } from './$types';

/**
 * Who runs the workshop with the owner (the owner invites, revokes invitations and takes access
 * away), how long participants' data is kept, and deleting it. Only the owner may change these:
 * the commands refuse anyone else (403).
 */
export const load: PageServerLoad = ({ locals, url, params }) => {
	const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
	const isOwner = workshop.ownerId === facilitator.id;
	return {
		workshop: { id: workshop.id, title: workshop.title },
		settings: {
			owner: workshop.facilitator,
			isOwner,
			invitations: isOwner ? pendingInvitations(params.id) : [],
			coFacilitators: coFacilitatorsOf(params.id).map(({ id, displayName }) => ({
				id,
				displayName
			})),
			retentionDays: workshop.retentionDays
		}
	};
};

const idSchema = z.object({ id });
const coFacilitatorSchema = z.object({ facilitatorId: id });

export const actions: Actions = {
	invite: async ({ request, locals, url, params }) => {
		const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = fieldsOf(await readForm(request), ['email']);
		const parsed = inviteSchema.safeParse(form);
		if (!parsed.success) return invalid(400, form, fieldErrors(parsed.error));
		// The same answer whether or not the address has an account: nothing here looks it up.
		const { email } = parsed.data;
		const { token } = act(facilitator, workshop.id, (ctx) => createInvitation(ctx, email));
		const link = new URL(`/invitations/${token}`, url.origin).href;
		const mail = await sendAccountMail({
			accountId: facilitator.id,
			purpose: 'invitation',
			subjectKey: `${workshop.id}:${email}`,
			mail: {
				to: email,
				subject: m.invitation_mail_subject(),
				text: [
					m.invitation_mail_text({
						inviter: facilitator.displayName,
						workshop: workshop.title,
						link,
						days: INVITATION_DAYS
					}),
					'',
					m.mail_sent_for({ name: facilitator.displayName, email: facilitator.email })
				].join('\n')
			}
		});
		return { invited: { email, link, mail, days: INVITATION_DAYS } };
	},
	revoke: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const parsed = idSchema.safeParse(fieldsOf(await readForm(request), ['id']));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		act(facilitator, params.id, (ctx) => revokeInvitation(ctx, parsed.data.id));
		return { revoked: true };
	},
	remove: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = fieldsOf(await readForm(request), ['facilitatorId']);
		const parsed = coFacilitatorSchema.safeParse(form);
		if (!parsed.success) error(400, { message: 'Bad Request' });
		const { facilitatorId } = parsed.data;
		const removed = act(facilitator, params.id, (ctx) => removeCoFacilitator(ctx, facilitatorId));
		// Their open dashboards and beamers of the series close now, not at the next access sweep.
		for (const workshopId of removed) disconnectFacilitator(getIo(), workshopId, facilitatorId);
		return { removed: true };
	},
	retention: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = fieldsOf(await readForm(request), ['retentionDays']);
		const parsed = retentionSchema.safeParse(form);
		if (!parsed.success) return invalid(400, form, fieldErrors(parsed.error));
		act(facilitator, params.id, (ctx) => setRetentionDays(ctx, parsed.data.retentionDays));
		return { retentionSaved: true };
	},
	delete: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = await readForm(request);
		if (form.get('confirm') !== 'yes') return invalid(400, {}, { confirm: 'delete_confirm' });
		act(facilitator, params.id, deleteWorkshop);
		getIo()?.in(workshopRoom(params.id)).disconnectSockets(true);
		redirect(303, '/workshops');
	}
};
