import { fail, redirect } from '@sveltejs/kit';
import { readOutput } from '$lib/server/instruments/output';
import { instrumentOf } from '$lib/server/read-model/instrument';
import { importAnswers } from '$lib/steps/questions/commands.server';
import { error } from '$lib/server/http-error';
import { z } from 'zod';
import { commitmentUpdateSchema, reminderDaysSchema } from '$lib/schemas/commitments';
import { id } from '$lib/schemas/common';
import { fieldErrors } from '$lib/schemas/form-errors';
import { followUpSchema } from '$lib/schemas/workshop';
import { act, facilitatorActor } from '$lib/server/act';
import { fieldsOf, invalid, readForm } from '$lib/server/form';
import { requireFacilitatedWorkshop } from '$lib/server/guards';
import { joinQrDataUrl, publicUrl } from '$lib/server/join-link';
import { actionListPage, actionListFilterSchema } from '$lib/server/read-model/action-list';
import { updateCommitment } from '$lib/server/workshops/commitments';
import { planFollowUp } from '$lib/server/workshops/follow-up';
import { mailStatusLink } from '$lib/server/workshops/reminders';
import {
	createFeedLink,
	createStatusLink,
	revokeFeedLink,
	revokeStatusLink
} from '$lib/server/workshops/secret-links';
import { setReminderDays } from '$lib/server/workshops/workshops';
import type { Actions, PageServerLoad } from './$types';

const idSchema = z.object({ id });
const UPDATE_FIELDS = ['id', 'owner', 'ownerEmail', 'dueOn', 'status', 'note', 'measureUrn'];

export const load: PageServerLoad = ({ locals, url, params, depends }) => {
	depends('app:action-list');
	const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
	const filters = actionListFilterSchema.parse(Object.fromEntries(url.searchParams));
	const page = actionListPage(workshop.id, filters);
	if (!page) error(404, { message: 'Not Found' });
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			organisation: workshop.organisation,
			language: workshop.language
		},
		filters,
		instrument: instrumentInfo(workshop.id),
		...page
	};
};

/** The instrument a workshop ran, if it ran one. */
function instrumentInfo(workshopId: string) {
	const found = instrumentOf(workshopId)?.instrument;
	return found ? { name: found.name, version: found.version } : null;
}

export const actions: Actions = {
	/** Answers from the ministry's tool (assessment-output v2) read into this workshop's instrument. */
	importAnswers: async ({ request, locals, url, params }) => {
		const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const instrument = instrumentOf(workshop.id)?.instrument;
		if (!instrument) error(404, { message: 'Not Found' });
		const file = (await readForm(request)).get('file');
		const text = file instanceof File ? await file.text() : '';
		const read = readOutput(text, instrument);
		if (!read.ok) return fail(400, { answersError: read.error, detail: read.detail });
		const taken = act(facilitator, workshop.id, (ctx) => importAnswers(ctx, read));
		return { imported: { ...taken, ignored: read.ignored } };
	},

	/** The same command as the dashboard's, published to every open screen of the workshop. */
	update: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = fieldsOf(await readForm(request), UPDATE_FIELDS);
		const parsed = commitmentUpdateSchema.safeParse(form);
		if (!parsed.success) return invalid(400, { id: form.id ?? '' }, fieldErrors(parsed.error));
		act(facilitator, params.id, (ctx) => updateCommitment(ctx, parsed.data));
		return { updated: parsed.data.id };
	},

	/** A new status link for the owner (replacing an earlier one), shown once, mailed if we can. */
	statusLink: async ({ request, locals, url, params }) => {
		const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const parsed = idSchema.safeParse(fieldsOf(await readForm(request), ['id']));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		const token = act(facilitator, workshop.id, (ctx) => createStatusLink(ctx, parsed.data.id));
		const link = publicUrl(url, `/s/${token}`);
		const mail = await mailStatusLink(facilitator, workshop, parsed.data.id, link);
		return {
			statusLink: { id: parsed.data.id, url: link, qr: await joinQrDataUrl(link), mail }
		};
	},

	revokeStatusLink: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const parsed = idSchema.safeParse(fieldsOf(await readForm(request), ['id']));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		act(facilitator, params.id, (ctx) => revokeStatusLink(ctx, parsed.data.id));
		return { revoked: parsed.data.id };
	},

	/** A new secret calendar feed address (the old one stops working). */
	feed: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		await readForm(request);
		const token = act(facilitator, params.id, createFeedLink);
		return { feedUrl: publicUrl(url, `/feeds/${token}.ics`) };
	},

	revokeFeed: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		await readForm(request);
		act(facilitator, params.id, revokeFeedLink);
		return { feedRevoked: true };
	},

	/** Plans a follow-up session that carries every open commitment, and opens its dashboard. */
	followUp: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = fieldsOf(await readForm(request), ['title', 'scheduledOn']);
		const values = { title: form.title ?? '', scheduledOn: form.scheduledOn ?? '' };
		const parsed = followUpSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));
		const result = planFollowUp(facilitatorActor(facilitator), params.id, parsed.data);
		if (!result.ok) return invalid(400, values, { followUp: `follow_up_${result.reason}` });
		redirect(303, `/workshops/${result.workshop.id}`);
	},

	reminders: async ({ request, locals, url, params }) => {
		const { facilitator } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = fieldsOf(await readForm(request), ['days']);
		const parsed = reminderDaysSchema.safeParse(form);
		if (!parsed.success) {
			return invalid(400, { days: form.days ?? '' }, { days: 'reminder_days_invalid' });
		}
		act(facilitator, params.id, (ctx) => setReminderDays(ctx, parsed.data.days));
		return { remindersSaved: true };
	}
};
