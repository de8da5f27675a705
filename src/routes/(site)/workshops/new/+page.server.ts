import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { workshopSchema } from '$lib/schemas/workshop';
import { requireMayFacilitate } from '$lib/server/guards';
import { createWorkshop } from '$lib/server/workshops/workshops';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireMayFacilitate(locals, url);
	return { today: new Date().toISOString().slice(0, 10), defaultLanguage: getLocale() };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const facilitator = requireMayFacilitate(locals, url);
		const form = Object.fromEntries(await readForm(request));
		const values = {
			title: String(form.title ?? ''),
			organisation: String(form.organisation ?? ''),
			caseDescription: String(form.caseDescription ?? ''),
			scheduledOn: String(form.scheduledOn ?? ''),
			language: String(form.language ?? '')
		};
		const parsed = workshopSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));
		const workshop = createWorkshop(facilitator.id, parsed.data);
		redirect(303, `/workshops/${workshop.id}`);
	}
};
