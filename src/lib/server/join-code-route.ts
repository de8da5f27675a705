// The workshop behind a join code, for the join page, the participant view and the code form on
// the start page. Unknown codes count as guesses per address. Once an address is over its limit,
// a known and an unknown code get the same answer (a valid code must not become an oracle), except
// for a phone that holds this workshop's participant cookie: someone else's mistyping never keeps
// a participant out of their own workshop.
import { redirect, type Cookies } from '@sveltejs/kit';
import { error } from '$lib/server/http-error';
import { joinPath, normalizeJoinCode } from '$lib/join-code';
import {
	JOIN_MISSES_PER_ADDRESS,
	JOIN_MISSES_PER_ADDRESS_PER_DAY,
	hitRateLimit,
	peekRateLimit
} from '$lib/server/rate-limit';
import { participantByToken } from './read-model/people';
import { workshopByJoinCode, type WorkshopRow } from './read-model/rows';
import { participantCookieName } from './workshops/participants';

const MISS_LIMITS = [JOIN_MISSES_PER_ADDRESS, JOIN_MISSES_PER_ADDRESS_PER_DAY];

type CodeLookup =
	| { ok: true; workshop: WorkshopRow }
	| { ok: false; error: 'rate_limited'; retryAfterSeconds: number }
	| { ok: false; error: 'unknown' };

/** The workshop behind a (canonical) join code, as the address and the cookies may learn it. */
export function lookUpJoinCode(code: string, address: string, cookies: Cookies): CodeLookup {
	const workshop = workshopByJoinCode(code) ?? null;
	const joined =
		workshop !== null &&
		participantByToken(workshop.id, cookies.get(participantCookieName(workshop.id))) !== null;
	if (workshop && joined) return { ok: true, workshop };
	for (const limit of MISS_LIMITS) {
		const verdict = peekRateLimit(limit, address);
		if (!verdict.allowed) {
			return { ok: false, error: 'rate_limited', retryAfterSeconds: verdict.retryAfterSeconds };
		}
	}
	if (!workshop) {
		for (const limit of MISS_LIMITS) hitRateLimit(limit, address);
		return { ok: false, error: 'unknown' };
	}
	return { ok: true, workshop };
}

/** The workshop behind the code in the URL, or a friendly 404 (or 429 once over the limit). */
export function workshopForCode(
	rawCode: string,
	address: string,
	cookies: Cookies,
	/** The page asked for, to send a code typed differently to its canonical address. */
	pathOf: (code: string) => string = joinPath
): WorkshopRow {
	const code = normalizeJoinCode(rawCode)!;
	if (code !== rawCode) redirect(308, pathOf(code));
	const found = lookUpJoinCode(code, address, cookies);
	if (found.ok) return found.workshop;
	if (found.error === 'rate_limited') error(429, { message: 'Too Many Requests' });
	error(404, { message: 'workshop_not_found', joinCode: code });
}
