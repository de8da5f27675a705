import { redirect } from '@sveltejs/kit';
import { error } from '$lib/server/http-error';
import { z } from 'zod';
import { LIMITS } from '$lib/limits';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { requireFacilitatedWorkshop } from '$lib/server/guards';
import { getIo } from '$lib/server/realtime';
import { publish } from '$lib/server/realtime/publish';
import { actionListOf } from '$lib/server/read-model/action-list';
import { loadWorkshopRows } from '$lib/server/read-model/rows';
import { DomainError, execute } from '$lib/server/workshops/command';
import { updateCommitment } from '$lib/server/workshops/commands/facilitator';
import { joinQrDataUrl, publicUrl } from '$lib/server/join-link';
import { mailConfigured } from '$lib/server/mail';
import { followUpsOf, planFollowUp } from '$lib/server/workshops/follow-up';
import { mailStatusLink, reminderDays, setReminderDays } from '$lib/server/workshops/reminders';
import {
	activeLinks,
	createFeedLink,
	createStatusLink,
	revokeFeedLink,
	revokeStatusLink
} from '$lib/server/workshops/secret-links';
import { MEASURE_URN } from '$lib/schemas/facilitation';
import { COMMITMENT_STATUSES } from '$lib/workshop/state';
import type { Actions, PageServerLoad } from './$types';

const filterSchema = z.object({
	status: z.enum(['all', ...COMMITMENT_STATUSES]).catch('all'),
	owner: z.string().trim().max(LIMITS.owner).catch(''),
	sort: z.enum(['created', 'due', 'status', 'owner']).catch('created')
});

const idSchema = z.object({ id: z.string().min(1).max(64) });

const updateSchema = idSchema.extend({
	owner: z.string().trim().max(LIMITS.owner, { error: 'owner_too_long' }),
	ownerEmail: z
		.string()
		.trim()
		.pipe(z.union([z.literal(''), z.email({ error: 'email_or_empty' }).max(LIMITS.email)])),
	dueOn: z.union([z.literal(''), z.iso.date({ error: 'date_invalid' })]),
	status: z.enum(COMMITMENT_STATUSES, { error: 'status_invalid' }),
	note: z.string().trim().max(LIMITS.statusNote, { error: 'note_too_long' }),
	measureUrn: z
		.string()
		.trim()
		.toLowerCase()
		.pipe(z.union([z.literal(''), z.string().regex(MEASURE_URN, { error: 'measure_urn_invalid' })]))
});

const followUpSchema = z.object({
	title: z
		.string()
		.trim()
		.min(1, { error: 'title_required' })
		.max(LIMITS.title, { error: 'title_too_long' }),
	scheduledOn: z.iso.date({ error: 'date_invalid' })
});

const remindersSchema = z.object({
	days: z.coerce.number({ error: 'reminder_days_invalid' }).int().min(0).max(60)
});

const STATUS_ORDER = Object.fromEntries(COMMITMENT_STATUSES.map((s, i) => [s, i]));

export const load: PageServerLoad = ({ locals, url, params, depends }) => {
	depends('app:action-list');
	const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
	const rows = loadWorkshopRows(workshop.id);
	if (!rows) error(404, { message: 'Not Found' });
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
	const links = activeLinks(workshop.id);
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			organisation: workshop.organisation,
			language: workshop.language
		},
		filters,
		total: all.length,
		items: items.map((item) => ({ ...item, statusLink: links.status.get(item.id) ?? null })),
		feed: links.feed,
		followUps: followUpsOf(workshop.id),
		openCount: all.filter((i) => i.status !== 'done' && i.status !== 'dropped').length,
		reminders: { days: reminderDays(workshop.id), mail: mailConfigured() }
	};
};

export const actions: Actions = {
	/** The same command as the dashboard's, published to every open screen of the workshop. */
	update: async ({ request, locals, url, params }) => {
		const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = Object.fromEntries(await readForm(request));
		const values = { id: String(form.id ?? '') };
		const parsed = updateSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));
		const { id, dueOn, ...rest } = parsed.data;
		try {
			const { change } = execute(
				workshop.id,
				{
					kind: 'facilitator',
					facilitatorId: facilitator.id,
					displayName: facilitator.displayName
				},
				(ctx) => updateCommitment(ctx, { id, dueOn: dueOn || null, ...rest })
			);
			publish(getIo(), workshop.id, change);
		} catch (err) {
			if (err instanceof DomainError) error(404, { message: 'Not Found' });
			throw err;
		}
		return { updated: id };
	},

	/** A new status link for the owner (replacing an earlier one), shown once, mailed if we can. */
	statusLink: async ({ request, locals, url, params }) => {
		const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const parsed = idSchema.safeParse(Object.fromEntries(await readForm(request)));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		const token = createStatusLink(workshop.id, parsed.data.id, facilitator.displayName);
		if (!token) error(404, { message: 'Not Found' });
		const link = publicUrl(url, `/s/${token}`);
		const mailedTo = await mailStatusLink(workshop, parsed.data.id, link);
		return {
			statusLink: { id: parsed.data.id, url: link, qr: await joinQrDataUrl(link), mailedTo }
		};
	},

	revokeStatusLink: async ({ request, locals, url, params }) => {
		const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const parsed = idSchema.safeParse(Object.fromEntries(await readForm(request)));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		revokeStatusLink(workshop.id, parsed.data.id);
		return { revoked: parsed.data.id };
	},

	/** A new secret calendar feed address (the old one stops working). */
	feed: async ({ request, locals, url, params }) => {
		const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		await readForm(request);
		const token = createFeedLink(workshop.id, facilitator.displayName);
		return { feedUrl: publicUrl(url, `/feeds/${token}.ics`) };
	},

	revokeFeed: async ({ request, locals, url, params }) => {
		const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		await readForm(request);
		revokeFeedLink(workshop.id);
		return { feedRevoked: true };
	},

	/** Plans a follow-up session that carries every open commitment, and opens its dashboard. */
	followUp: async ({ request, locals, url, params }) => {
		const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = Object.fromEntries(await readForm(request));
		const parsed = followUpSchema.safeParse(form);
		const values = { title: String(form.title ?? ''), scheduledOn: String(form.scheduledOn ?? '') };
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));
		const result = planFollowUp(workshop.id, parsed.data);
		if (!result.ok) return invalid(400, values, { followUp: `follow_up_${result.reason}` });
		redirect(303, `/workshops/${result.workshop.id}`);
	},

	reminders: async ({ request, locals, url, params }) => {
		const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
		const form = Object.fromEntries(await readForm(request));
		const parsed = remindersSchema.safeParse(form);
		if (!parsed.success) {
			return invalid(400, { days: String(form.days ?? '') }, { days: 'reminder_days_invalid' });
		}
		setReminderDays(workshop.id, parsed.data.days);
		return { remindersSaved: true };
	}
};
