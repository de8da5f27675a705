// Who takes part in a workshop, as the read model knows it: a phone's participant by its cookie's
// token, everyone who joined (for presence), and when each was last seen.
import type { Perspective } from '$lib/vocabulary';
import { statement } from '../db/statements';
import { hashToken } from '../ids';

export interface Participant {
	id: string;
	workshopId: string;
	displayName: string;
	perspective: Perspective | null;
	role: string;
	seat: string | null;
	joinedAt: number;
	lastSeenAt: number;
}

const COLUMNS = `id, workshop_id AS workshopId, display_name AS displayName, perspective, role, seat,
	joined_at AS joinedAt, last_seen_at AS lastSeenAt`;

/** The participant this token belongs to, only within this workshop; null otherwise. */
export function participantByToken(
	workshopId: string,
	token: string | undefined
): Participant | null {
	if (!token) return null;
	const row = statement(
		`SELECT ${COLUMNS} FROM participants WHERE token_hash = ? AND workshop_id = ? AND removed = 0`
	).get(hashToken(token), workshopId) as Participant | undefined;
	return row ?? null;
}

/** Everyone who joined and was not removed (or, with `only`, those of them), in joining order. */
export function participantsOf(workshopId: string, only?: readonly string[]): Participant[] {
	if (only) {
		return statement(
			`SELECT ${COLUMNS} FROM participants WHERE workshop_id = ? AND removed = 0
			AND id IN (SELECT value FROM json_each(?)) ORDER BY joined_at, rowid`
		).all(workshopId, JSON.stringify(only)) as Participant[];
	}
	return statement(
		`SELECT ${COLUMNS} FROM participants WHERE workshop_id = ? AND removed = 0 ORDER BY joined_at, rowid`
	).all(workshopId) as Participant[];
}

/** When each (not removed) participant was last seen: all presence needs to count who is here. */
export function lastSeenOf(workshopId: string): { id: string; lastSeenAt: number }[] {
	return statement(
		'SELECT id, last_seen_at AS lastSeenAt FROM participants WHERE workshop_id = ? AND removed = 0'
	).all(workshopId) as { id: string; lastSeenAt: number }[];
}
