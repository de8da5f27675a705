import { error } from '$lib/server/http-error';
import { z } from 'zod';
import { asLanguage } from '$lib/language';
import { METHODS, methodByKey } from '$lib/methods';
import { getLocale } from '$lib/paraglide/runtime';
import { invalid, readForm } from '$lib/server/form';
import { requireFacilitator } from '$lib/server/guards';
import {
	defaultTemplate,
	parseTemplate,
	removeDefaultTemplate,
	saveDefaultTemplate,
	organisationTemplate,
	sharedTemplates,
	templatePreview
} from '$lib/server/library/templates';
import { mayManage } from '$lib/organisations';
import { actOrganisation } from '$lib/server/organisations/act';
import {
	removeOrganisationTemplate,
	setOrganisationTemplate
} from '$lib/server/organisations/settings';
import { membershipOf, organisationTemplates } from '$lib/server/read-model/organisations';
import type { Actions, PageServerLoad } from './$types';

const LISTED = METHODS.filter((m) => m.key !== 'mini-test');

/** The account's templates per method, its organisation's, and those its colleagues share. */
export const load: PageServerLoad = ({ locals, url }) => {
	const facilitator = requireFacilitator(locals, url);
	const membership = membershipOf(facilitator.id);
	const updated = new Map(
		sharedTemplates(facilitator.id).map((t) => [`${t.facilitatorId}:${t.method}`, t])
	);
	return {
		methods: LISTED.map((method) => ({
			key: method.key,
			name: method.name,
			custom: defaultTemplate(facilitator.id, method.key) !== null,
			organisation: organisationTemplate(facilitator.id, method.key) !== null
		})),
		organisation: membership
			? {
					name: membership.organisation,
					manage: mayManage(membership.role),
					templates: organisationTemplates(membership.organisationId)
						.filter((t) => LISTED.some((m) => m.key === t.method))
						.map((t) => ({ ...t, methodName: methodByKey(t.method).name }))
				}
			: null,
		shared: [...updated.values()].map((t) => ({
			...t,
			methodName: methodByKey(t.method).name
		}))
	};
};

const methodSchema = z.object({
	method: z.string().refine((k) => LISTED.some((m) => m.key === k))
});

/** A beheerder's command on their organisation's templates, for one of the listed methods. */
async function organisationTemplateAction(
	{ locals, url, request }: Parameters<Actions[string]>[0],
	set: boolean
) {
	const facilitator = requireFacilitator(locals, url);
	const membership = membershipOf(facilitator.id);
	if (!membership) error(404, { message: 'Not Found' });
	const parsed = methodSchema.safeParse(Object.fromEntries(await readForm(request)));
	if (!parsed.success) error(400, { message: 'Bad Request' });
	const template = set && defaultTemplate(facilitator.id, parsed.data.method);
	if (set && !template) error(404, { message: 'Not Found' });
	return actOrganisation(facilitator, membership, (ctx) =>
		template
			? setOrganisationTemplate(ctx, template)
			: removeOrganisationTemplate(ctx, parsed.data.method)
	);
}

export const actions: Actions = {
	/** A beheerder makes their own template of a method the organisation's. */
	shareOrganisation: (event) => organisationTemplateAction(event, true),
	/** A beheerder takes the organisation's template of a method away (members start as shipped). */
	unshareOrganisation: (event) => organisationTemplateAction(event, false),

	/** The organisation's template, previewed like a file before it becomes this account's own. */
	adoptOrganisation: async ({ request, locals, url }) => {
		const facilitator = requireFacilitator(locals, url);
		const parsed = methodSchema.safeParse(Object.fromEntries(await readForm(request)));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		const template = organisationTemplate(facilitator.id, parsed.data.method);
		if (!template) error(404, { message: 'Not Found' });
		return { preview: templatePreview(facilitator.id, template, asLanguage(getLocale())) };
	},

	/** A file, checked, with what it would change: nothing is saved yet. */
	preview: async ({ request, locals, url }) => {
		const facilitator = requireFacilitator(locals, url);
		const form = await readForm(request);
		const file = form.get('file');
		const text = file instanceof File ? await file.text() : String(form.get('json') ?? '');
		if (!text.trim()) return invalid(400, {}, { file: 'template_missing' });
		const parsed = parseTemplate(text);
		if (!parsed.ok) return invalid(400, {}, { file: parsed.error });
		return {
			preview: templatePreview(facilitator.id, parsed.template, asLanguage(getLocale()))
		};
	},

	/** The previewed template becomes the account's default for its method. */
	save: async ({ request, locals, url }) => {
		const facilitator = requireFacilitator(locals, url);
		const form = await readForm(request);
		const parsed = parseTemplate(String(form.get('json') ?? ''));
		if (!parsed.ok) return invalid(400, {}, { file: parsed.error });
		saveDefaultTemplate(facilitator.id, parsed.template);
		return { saved: parsed.template.method };
	},

	/** Back to the method as shipped. */
	reset: async ({ request, locals, url }) => {
		const facilitator = requireFacilitator(locals, url);
		const parsed = methodSchema.safeParse(Object.fromEntries(await readForm(request)));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		removeDefaultTemplate(facilitator.id, parsed.data.method);
		return { reset: parsed.data.method };
	},

	/** A colleague's template, previewed like a file before it becomes this account's. */
	adopt: async ({ request, locals, url }) => {
		const facilitator = requireFacilitator(locals, url);
		const form = Object.fromEntries(await readForm(request));
		const parsed = methodSchema.extend({ from: z.string().min(1).max(64) }).safeParse(form);
		if (!parsed.success) error(400, { message: 'Bad Request' });
		const shared = sharedTemplates(facilitator.id).some(
			(t) => t.facilitatorId === parsed.data.from && t.method === parsed.data.method
		);
		const template = shared && defaultTemplate(parsed.data.from, parsed.data.method);
		if (!template) error(404, { message: 'Not Found' });
		return { preview: templatePreview(facilitator.id, template, asLanguage(getLocale())) };
	}
};
