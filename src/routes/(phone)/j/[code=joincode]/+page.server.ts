import { redirect } from '@sveltejs/kit';
import { livePath } from '$lib/join-code';
import { getLocale } from '$lib/paraglide/runtime';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { participantNameSchema } from '$lib/schemas/join';
import { cookieSecurity } from '$lib/server/auth';
import { JOINS_PER_ADDRESS, hitRateLimit } from '$lib/server/rate-limit';
import { workshopForCode } from '$lib/server/workshops/join-code-route';
import {
	NameTakenError,
	addParticipant,
	findParticipantByToken,
	generateDisplayName,
	participantCookieName
} from '$lib/server/workshops/participants';
import { isJoinLocked } from '$lib/server/workshops/workshops';
import type { Actions, PageServerLoad } from './$types';

const PARTICIPANT_COOKIE_DAYS = 90;

/** The join form; someone who has already joined goes straight to the workshop. */
export const load: PageServerLoad = ({ params, cookies, getClientAddress }) => {
	const workshop = workshopForCode(params.code, getClientAddress(), cookies);
	if (findParticipantByToken(workshop.id, cookies.get(participantCookieName(workshop.id)))) {
		redirect(303, livePath(workshop.joinCode));
	}
	return {
		workshop: { title: workshop.title, organisation: workshop.organisation },
		joinLocked: isJoinLocked(workshop.id)
	};
};

export const actions: Actions = {
	join: async ({ params, request, cookies, url, getClientAddress }) => {
		const address = getClientAddress();
		const workshop = workshopForCode(params.code, address, cookies);
		const cookieName = participantCookieName(workshop.id);
		// Already in: joining again must not create a second participant.
		if (findParticipantByToken(workshop.id, cookies.get(cookieName))) {
			redirect(303, livePath(workshop.joinCode));
		}

		const form = Object.fromEntries(await readForm(request));
		const values = { displayName: String(form.displayName ?? '') };
		if (isJoinLocked(workshop.id)) return invalid(400, values, { displayName: 'join_locked' });
		const parsed = participantNameSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));

		const limit = hitRateLimit(JOINS_PER_ADDRESS, address);
		if (!limit.allowed) {
			return invalid(429, values, { displayName: 'rate_limited' }, limit.retryAfterSeconds);
		}
		const language = getLocale() === 'en' ? 'en' : 'nl';
		const displayName = parsed.data.displayName || generateDisplayName(workshop.id, language);
		try {
			const { token } = addParticipant(workshop.id, displayName);
			cookies.set(cookieName, token, {
				...cookieSecurity(url),
				maxAge: PARTICIPANT_COOKIE_DAYS * 24 * 60 * 60
			});
		} catch (err) {
			if (err instanceof NameTakenError) return invalid(400, values, { displayName: 'name_taken' });
			throw err;
		}
		redirect(303, livePath(workshop.joinCode));
	}
};
