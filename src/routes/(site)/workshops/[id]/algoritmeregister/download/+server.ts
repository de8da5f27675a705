import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { recordRegisterIssue, slug } from '$lib/server/export';
import {
	REGISTER_LINK_MAX,
	REGISTER_TEXT_MAX,
	registerJson,
	registerText
} from '$lib/server/export/algoritmeregister';
import { facilitatorActor } from '$lib/server/act';
import { readForm } from '$lib/server/form';
import { requireFacilitatedWorkshop } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// Line breaks count as one character, as a browser's textarea counts them.
const field = z
	.string()
	.transform((s) => s.replace(/\r\n?/g, '\n').trim())
	.pipe(z.string().max(REGISTER_TEXT_MAX));
const schema = z.object({
	format: z.enum(['json', 'txt']),
	proportionality: field,
	risks: field,
	impacttoetsTitle: z.string().trim().min(1).max(200),
	impacttoetsLink: z.url({ protocol: /^https?$/ }).max(REGISTER_LINK_MAX)
});

/** The edited fields, checked against the standard's limits, as JSON or text. */
export const POST: RequestHandler = async ({ locals, url, params, request }) => {
	const { facilitator, workshop } = requireFacilitatedWorkshop(locals, url, params.id);
	const form = Object.fromEntries(await readForm(request));
	const parsed = schema.safeParse(form);
	if (!parsed.success) {
		const tooLong = parsed.error.issues.find((i) => i.code === 'too_big')?.path[0];
		const detail =
			tooLong === 'proportionality' || tooLong === 'risks'
				? m.algoritmeregister_too_long({
						field:
							tooLong === 'risks'
								? m.algoritmeregister_risks()
								: m.algoritmeregister_proportionality()
					})
				: undefined;
		error(400, { message: m.bad_request_title(), detail });
	}
	const { format, impacttoetsTitle, impacttoetsLink, ...text } = parsed.data;
	const fields = { ...text, impacttoets: { title: impacttoetsTitle, link: impacttoetsLink } };
	// The workshop as it is now is what the verification link vouches for.
	recordRegisterIssue(workshop.id, facilitatorActor(facilitator));
	const name = `${slug(workshop.title)}-algoritmeregister.${format}`;
	return new Response(
		format === 'json' ? `${JSON.stringify(registerJson(fields), null, 2)}\n` : registerText(fields),
		{
			headers: {
				'content-type':
					format === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
				'content-disposition': `attachment; filename="${name}"`,
				'cache-control': 'private, no-store'
			}
		}
	);
};
