import { redirect } from '@sveltejs/kit';
import { livePath } from '$lib/join-code';
import { getLocale } from '$lib/paraglide/runtime';
import { fieldErrors } from '$lib/schemas/form-errors';
import { participantNameSchema } from '$lib/schemas/participants';
import { cookieSecurity } from '$lib/server/auth';
import { invalid, readForm } from '$lib/server/form';
import { workshopForCode } from '$lib/server/join-code-route';
import { JOINS_PER_ADDRESS, hitRateLimit } from '$lib/server/rate-limit';
import { getIo } from '$lib/server/realtime';
import { publish } from '$lib/server/realtime/publish';
import { participantByToken } from '$lib/server/read-model/people';
import { DomainError, execute } from '$lib/server/workshops/command';
import { join, participantCookieName } from '$lib/server/workshops/participants';
import type { Actions, PageServerLoad } from './$types';
import { pageLook } from '$lib/server/read-model/organisations';

const PARTICIPANT_COOKIE_DAYS = 90;

const REFUSALS: Partial<Record<DomainError['code'], string>> = {
	JOIN_LOCKED: 'join_locked',
	PURGED: 'join_locked',
	NAME_TAKEN: 'name_taken'
};

/** The join form; someone who has already joined goes straight to the workshop. */
export const load: PageServerLoad = ({ params, cookies, getClientAddress, locals }) => {
	const workshop = workshopForCode(params.code, getClientAddress(), cookies);
	locals.look = pageLook(workshop.organisationId);
	if (participantByToken(workshop.id, cookies.get(participantCookieName(workshop.id)))) {
		redirect(303, livePath(workshop.joinCode));
	}
	return {
		workshop: { title: workshop.title, organisation: workshop.organisation },
		joinLocked: workshop.joinLocked === 1
	};
};

export const actions: Actions = {
	join: async ({ params, request, cookies, url, getClientAddress }) => {
		const address = getClientAddress();
		const workshop = workshopForCode(params.code, address, cookies);
		const cookieName = participantCookieName(workshop.id);
		// Already in: joining again must not create a second participant.
		if (participantByToken(workshop.id, cookies.get(cookieName))) {
			redirect(303, livePath(workshop.joinCode));
		}

		const form = Object.fromEntries(await readForm(request));
		const values = { displayName: String(form.displayName ?? '') };
		if (workshop.joinLocked) return invalid(400, values, { displayName: 'join_locked' });
		const parsed = participantNameSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));

		const limit = hitRateLimit(JOINS_PER_ADDRESS, address);
		if (!limit.allowed) {
			return invalid(429, values, { displayName: 'rate_limited' }, limit.retryAfterSeconds);
		}
		const language = getLocale() === 'en' ? 'en' : 'nl';
		try {
			const { result, change } = execute(workshop.id, { kind: 'newcomer' }, (ctx) =>
				join(ctx, { displayName: parsed.data.displayName, language })
			);
			publish(getIo(), workshop.id, change);
			cookies.set(cookieName, result.token, {
				...cookieSecurity(url),
				maxAge: PARTICIPANT_COOKIE_DAYS * 24 * 60 * 60
			});
		} catch (err) {
			const refusal = err instanceof DomainError && REFUSALS[err.code];
			if (refusal) return invalid(400, values, { displayName: refusal });
			throw err;
		}
		redirect(303, livePath(workshop.joinCode));
	}
};
