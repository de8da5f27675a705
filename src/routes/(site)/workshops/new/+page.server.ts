import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { workshopSchema } from '$lib/schemas/workshop';
import { requireMayFacilitate } from '$lib/server/guards';
import { instrumentFor, instrumentsOf } from '$lib/server/instruments/library';
import { createInstrumentWorkshop, createWorkshop } from '$lib/server/workshops/workshops';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const facilitator = requireMayFacilitate(locals, url);
	return {
		today: new Date().toISOString().slice(0, 10),
		defaultLanguage: getLocale(),
		instruments: instrumentsOf(facilitator.id).map(({ id, name, version }) => ({
			id,
			name,
			version
		})),
		instrument: url.searchParams.get('instrument') ?? ''
	};
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
			language: String(form.language ?? ''),
			instrument: String(form.instrument ?? '')
		};
		const parsed = workshopSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));
		// The CODIO method, or an instrument from the account's library (the installation's too).
		const instrument = values.instrument ? instrumentFor(facilitator.id, values.instrument) : null;
		if (values.instrument && !instrument) {
			return invalid(400, values, { instrument: 'method_invalid' });
		}
		const workshop = instrument
			? createInstrumentWorkshop(facilitator.id, parsed.data, instrument)
			: createWorkshop(facilitator.id, parsed.data);
		redirect(303, `/workshops/${workshop.id}`);
	}
};
