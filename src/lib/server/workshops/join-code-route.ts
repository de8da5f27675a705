// The workshop behind a join code in a URL, shared by the join page and the participant view.
import { error, redirect } from '@sveltejs/kit';
import { joinPath, normalizeJoinCode } from '$lib/join-code';
import { JOIN_MISSES_PER_ADDRESS, hitRateLimit, peekRateLimit } from '$lib/server/rate-limit';
import { getWorkshopByJoinCode, type Workshop } from '$lib/server/workshops/workshops';

/** The workshop behind the code in the URL, or a friendly 404; unknown codes count as guesses. */
export function workshopForCode(
	rawCode: string,
	address: string,
	/** The page asked for, to send a code typed differently to its canonical address. */
	pathOf: (code: string) => string = joinPath
): Workshop {
	const code = normalizeJoinCode(rawCode)!;
	if (code !== rawCode) redirect(308, pathOf(code));
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
