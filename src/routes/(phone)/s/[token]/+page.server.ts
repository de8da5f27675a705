import { error } from '$lib/server/http-error';
import { statusReportSchema } from '$lib/schemas/commitments';
import { fieldErrors } from '$lib/schemas/form-errors';
import { m } from '$lib/paraglide/messages';
import { invalid, readForm } from '$lib/server/form';
import {
	STATUS_REPORTS_PER_LINK,
	STATUS_REPORTS_PER_LINK_PER_DAY,
	hitRateLimit
} from '$lib/server/rate-limit';
import { getIo } from '$lib/server/realtime';
import { publish } from '$lib/server/realtime/publish';
import { statusLinkView } from '$lib/server/read-model/links';
import { execute } from '$lib/server/workshops/command';
import { reportByLink } from '$lib/server/workshops/commitments';
import type { Actions, PageServerLoad } from './$types';
import { pageLook } from '$lib/server/read-model/organisations';
import { workshopRow } from '$lib/server/read-model/rows';

/** A revoked or unknown link: a friendly page that says what to do, and nothing changes. */
function unknownLink(): never {
	error(404, { message: 'Not Found', detail: m.status_link_unknown_text() });
}

/** A commitment's owner, without an account: their one commitment, its status and note. */
export const load: PageServerLoad = ({ params, setHeaders, locals }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	const link = statusLinkView(params.token);
	if (!link) unknownLink();
	const { workshopId: _w, commitmentId: _c, linkId: _l, ...view } = link;
	locals.look = pageLook(workshopRow(link.workshopId)?.organisationId);
	return { link: view };
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const form = Object.fromEntries(await readForm(request));
		const link = statusLinkView(params.token);
		if (!link) unknownLink();
		const parsed = statusReportSchema.safeParse(form);
		if (!parsed.success) {
			return invalid(400, { note: String(form.note ?? '') }, fieldErrors(parsed.error));
		}
		const values = { note: parsed.data.note };
		for (const limit of [STATUS_REPORTS_PER_LINK, STATUS_REPORTS_PER_LINK_PER_DAY]) {
			const hit = hitRateLimit(limit, link.linkId);
			if (!hit.allowed)
				return invalid(429, values, { form: 'rate_limited' }, hit.retryAfterSeconds);
		}
		const owner = { kind: 'owner', commitmentId: link.commitmentId, linkId: link.linkId } as const;
		const { change } = execute(link.workshopId, owner, (ctx) => reportByLink(ctx, parsed.data));
		publish(getIo(), link.workshopId, change);
		return { saved: true };
	}
};
