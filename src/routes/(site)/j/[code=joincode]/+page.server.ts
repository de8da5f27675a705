import { error, redirect } from '@sveltejs/kit';
import { normalizeJoinCode } from '$lib/join-code';
import { getLocale } from '$lib/paraglide/runtime';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid } from '$lib/server/form';
import { participantNameSchema } from '$lib/schemas/join';
import { cookieSecurity } from '$lib/server/auth';
import {
	JOINS_PER_ADDRESS,
	JOIN_MISSES_PER_ADDRESS,
	hitRateLimit,
	peekRateLimit
} from '$lib/server/rate-limit';
import { getIo } from '$lib/server/realtime';
import { snapshotFor } from '$lib/server/realtime/snapshot';
import {
	NameTakenError,
	addParticipant,
	findParticipantByToken,
	generateDisplayName,
	participantCookieName
} from '$lib/server/workshops/participants';
import {
	getWorkshopByJoinCode,
	isJoinLocked,
	type Workshop
} from '$lib/server/workshops/workshops';
import type { Actions, PageServerLoad } from './$types';

const PARTICIPANT_COOKIE_DAYS = 90;

/** The workshop behind the code in the URL, or a friendly 404; unknown codes count as guesses. */
function workshopForCode(rawCode: string, address: string): Workshop {
	const code = normalizeJoinCode(rawCode)!;
	if (code !== rawCode) redirect(308, `/j/${code}`);
	if (!peekRateLimit(JOIN_MISSES_PER_ADDRESS, address).allowed) {
		error(429, { message: 'Too Many Requests' });
	}
	const workshop = getWorkshopByJoinCode(code);
	if (!workshop) {
		hitRateLimit(JOIN_MISSES_PER_ADDRESS, address);
		error(404, { message: 'workshop_not_found', joinCode: code });
	}
	return workshop;
}

export const load: PageServerLoad = ({ params, cookies, getClientAddress }) => {
	const workshop = workshopForCode(params.code, getClientAddress());
	const participant = findParticipantByToken(
		workshop.id,
		cookies.get(participantCookieName(workshop.id))
	);
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			organisation: workshop.organisation,
			caseDescription: workshop.caseDescription,
			joinCode: workshop.joinCode
		},
		joinLocked: isJoinLocked(workshop.id),
		snapshot: participant
			? snapshotFor(getIo(), {
					view: 'participant',
					workshopId: workshop.id,
					participantId: participant.id
				})
			: null
	};
};

export const actions: Actions = {
	join: async ({ params, request, cookies, url, getClientAddress }) => {
		const address = getClientAddress();
		const workshop = workshopForCode(params.code, address);
		const cookieName = participantCookieName(workshop.id);
		// Already in: joining again must not create a second participant.
		if (findParticipantByToken(workshop.id, cookies.get(cookieName))) redirect(303, url.pathname);

		const form = Object.fromEntries(await request.formData());
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
		redirect(303, url.pathname);
	}
};
