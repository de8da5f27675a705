import { error } from '$lib/server/http-error';
import { facilitatorActor } from '$lib/server/act';
import { recordRegisterIssue, registerDraft, slug } from '$lib/server/export';
import { registerJson } from '$lib/server/export/algoritmeregister';
import { readForm } from '$lib/server/form';
import { requireMember } from '$lib/server/guards';
import { publicUrl } from '$lib/server/join-link';
import { overseenWorkshop } from '$lib/server/read-model/organisations';
import type { RequestHandler } from './$types';

/** The Algoritmeregister draft as drafted (the facilitators edit theirs), for any member. */
export const POST: RequestHandler = async ({ locals, params, url, request }) => {
	await readForm(request);
	const { facilitator } = requireMember(locals, url);
	const workshop = overseenWorkshop(params.id, facilitator.id);
	const draft = workshop && registerDraft(workshop.id, publicUrl(url, '/verify'));
	if (!workshop || !draft) error(404, { message: 'Not Found' });
	recordRegisterIssue(workshop.id, facilitatorActor(facilitator));
	return new Response(`${JSON.stringify(registerJson(draft.fields), null, 2)}\n`, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${slug(workshop.title)}-algoritmeregister.json"`,
			'cache-control': 'private, no-store'
		}
	});
};
