import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { asLanguage } from '$lib/language';
import { getLocale } from '$lib/paraglide/runtime';
import { readForm } from '$lib/server/form';
import { requireFacilitator } from '$lib/server/guards';
import { error } from '$lib/server/http-error';
import { importDefinition } from '$lib/server/instruments/import-definition';
import {
	diffInstruments,
	instrumentsOf,
	ownVersionOf,
	removeInstrument,
	saveInstrument
} from '$lib/server/instruments/library';
import type { Actions, PageServerLoad } from './$types';

/** The account's instruments and the installation's. */
export const load: PageServerLoad = ({ locals, url }) => {
	const facilitator = requireFacilitator(locals, url);
	return { instruments: instrumentsOf(facilitator.id) };
};

/** The file of a form (uploaded, or the text sent back from the preview), checked by the importer. */
async function imported(request: Request) {
	const form = await readForm(request);
	const file = form.get('file');
	const text = file instanceof File ? await file.text() : String(form.get('text') ?? '');
	const name = file instanceof File ? file.name : String(form.get('name') ?? '');
	if (!text.trim()) return { failure: fail(400, { error: 'instrument_missing', detail: '' }) };
	const result = importDefinition(text, name.slice(0, 300) || 'instrument.yaml');
	if (!result.ok) return { failure: fail(400, { error: result.error, detail: result.detail }) };
	return { instrument: result.instrument, text, name };
}

export const actions: Actions = {
	/** A publisher's file, checked, with what it would replace: nothing is saved yet. */
	preview: async ({ request, locals, url }) => {
		const facilitator = requireFacilitator(locals, url);
		const read = await imported(request);
		if (read.failure) return read.failure;
		const { instrument } = read;
		const before = ownVersionOf(facilitator.id, instrument.urn);
		return {
			preview: {
				name: instrument.name,
				urn: instrument.urn,
				version: instrument.version,
				licence: instrument.licence,
				file: instrument.source.file,
				parts: instrument.parts.map((p) => p.title),
				questions: instrument.items.filter((i) => i.type !== 'notice').length,
				art27: instrument.items.filter((i) => i.tags.includes('in_fria')).length,
				conditions: instrument.items.filter((i) => i.conditions.length > 0).length,
				replaces: before ? diffInstruments(before, instrument, asLanguage(getLocale())) : null,
				text: read.text,
				fileName: read.name
			}
		};
	},

	/** The previewed file becomes the account's instrument (replacing its earlier version). */
	save: async ({ request, locals, url }) => {
		const facilitator = requireFacilitator(locals, url);
		const read = await imported(request);
		if (read.failure) return read.failure;
		saveInstrument(facilitator.id, read.instrument);
		return { saved: read.instrument.name };
	},

	remove: async ({ request, locals, url }) => {
		const facilitator = requireFacilitator(locals, url);
		const parsed = z
			.object({ id: z.string().min(1).max(64) })
			.safeParse(Object.fromEntries(await readForm(request)));
		if (!parsed.success) error(400, { message: 'Bad Request' });
		if (!removeInstrument(facilitator.id, parsed.data.id)) error(404, { message: 'Not Found' });
		return { removed: true };
	}
};
