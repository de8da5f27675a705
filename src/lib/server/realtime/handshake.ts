import { z } from 'zod';
import type { HandshakeError, SocketData } from '$lib/realtime/events';
import { SESSION_COOKIE, validateSessionToken } from '../auth';
import { participantByToken } from '../read-model/people';
import { facilitates } from '../read-model/workshops';
import { participantCookieName } from '../workshops/participants';
import { parseCookieHeader } from './cookies';

const handshakeSchema = z.object({
	workshopId: z.string().min(1).max(64),
	view: z.enum(['dashboard', 'beamer', 'participant'])
});

type HandshakeResult = { ok: true; data: SocketData } | { ok: false; error: HandshakeError };

/**
 * Who is on the other end of a socket, from the same cookies the pages use. A participant is only
 * let into the workshop its cookie belongs to; a facilitator only into a workshop it owns.
 */
export function authenticateHandshake(
	auth: unknown,
	cookieHeader: string | undefined
): HandshakeResult {
	const parsed = handshakeSchema.safeParse(auth);
	if (!parsed.success) return { ok: false, error: 'INVALID_HANDSHAKE' };
	const { workshopId, view } = parsed.data;
	const cookies = parseCookieHeader(cookieHeader);
	if (view === 'participant') {
		const participant = participantByToken(
			workshopId,
			cookies.get(participantCookieName(workshopId))
		);
		if (!participant) return { ok: false, error: 'UNAUTHORIZED' };
		return { ok: true, data: { view, workshopId, participantId: participant.id } };
	}
	const token = cookies.get(SESSION_COOKIE);
	const { session, facilitator } = token
		? validateSessionToken(token)
		: { session: null, facilitator: null };
	if (!facilitator) return { ok: false, error: 'UNAUTHORIZED' };
	if (!facilitates(workshopId, facilitator.id)) return { ok: false, error: 'FORBIDDEN' };
	return {
		ok: true,
		data: { view, workshopId, facilitatorId: facilitator.id, sessionId: session.id }
	};
}
