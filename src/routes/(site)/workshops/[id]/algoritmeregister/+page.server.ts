import { error } from '$lib/server/http-error';
import { registerDraft } from '$lib/server/export';
import { REGISTER_TEXT_MAX } from '$lib/server/export/algoritmeregister';
import { requireFacilitatedWorkshop } from '$lib/server/guards';
import { publicUrl } from '$lib/server/join-link';
import type { PageServerLoad } from './$types';

/** A draft of the three Algoritmeregister fields, to edit and download. */
export const load: PageServerLoad = ({ locals, url, params }) => {
	const { workshop } = requireFacilitatedWorkshop(locals, url, params.id);
	const draft = registerDraft(workshop.id, publicUrl(url, '/verify'));
	if (!draft) error(404, { message: 'Not Found' });
	return {
		workshop: { id: workshop.id, title: workshop.title },
		fields: draft.fields,
		fingerprint: draft.fingerprint,
		max: REGISTER_TEXT_MAX
	};
};
