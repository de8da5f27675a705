// Who takes part in a workshop, as the read model knows it: a phone's participant by its cookie's
// token, everyone who joined (for presence), and when each was last seen.
import { statement } from '../db/statements';
import { hashToken } from '../ids';
import type { ParticipantRow } from './rows';

export interface Participant extends Omit<ParticipantRow, 'removed'> {
	workshopId: string;
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

/**
 * A progress count ("32 of 40 present have voted"): of the participants present, how many have a
 * row in this table of a kind's inputs (keyed by `participant_id`; a name the kind's code gives,
 * never input).
 */
export const presentWithRowsIn =
	(table: string) =>
	(present: readonly string[]): number =>
		statement(
			`SELECT COUNT(DISTINCT participant_id) FROM ${table}
			WHERE participant_id IN (SELECT value FROM json_each(?))`,
			{ pluck: true }
		).get(JSON.stringify(present)) as number;
