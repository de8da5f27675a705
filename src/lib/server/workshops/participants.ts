import type { Language } from '$lib/language';
import type { Perspective } from '$lib/workshop/state';
import { getDb } from '../db';
import { statement } from '../db/statements';
import { hashToken, newId, newToken } from '../ids';

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

export class NameTakenError extends Error {}

const COLUMNS = `id, workshop_id AS workshopId, display_name AS displayName, perspective, role, seat,
	joined_at AS joinedAt, last_seen_at AS lastSeenAt`;

/** The participant cookie is per workshop, so one phone can take part in several workshops. */
export function participantCookieName(workshopId: string): string {
	return `gdb-p-${workshopId}`;
}

const GENERATED_NAMES: Record<Language, { adjectives: string[]; animals: string[] }> = {
	nl: {
		adjectives: [
			'Wijze',
			'Vlotte',
			'Rustige',
			'Dappere',
			'Slimme',
			'Heldere',
			'Vrolijke',
			'Nieuwsgierige'
		],
		animals: [
			'Uil',
			'Reiger',
			'Das',
			'Otter',
			'Vos',
			'Egel',
			'Haas',
			'Zwaan',
			'Mus',
			'Ree',
			'Bever',
			'Kievit'
		]
	},
	en: {
		adjectives: ['Wise', 'Swift', 'Calm', 'Brave', 'Clever', 'Bright', 'Cheerful', 'Curious'],
		animals: [
			'Owl',
			'Heron',
			'Badger',
			'Otter',
			'Fox',
			'Hedgehog',
			'Hare',
			'Swan',
			'Sparrow',
			'Deer',
			'Beaver',
			'Lapwing'
		]
	}
};

function pick<T>(items: readonly T[]): T {
	const index = crypto.getRandomValues(new Uint32Array(1))[0]! % items.length;
	return items[index]!;
}

/** A friendly generated name such as "Wijze Uil" that nobody in this workshop uses yet. */
export function generateDisplayName(workshopId: string, language: Language): string {
	const { adjectives, animals } = GENERATED_NAMES[language];
	const taken = getDb().prepare(
		'SELECT 1 FROM participants WHERE workshop_id = ? AND display_name = ? COLLATE NOCASE'
	);
	for (let attempt = 0; attempt < 50; attempt++) {
		const name = `${pick(adjectives)} ${pick(animals)}`;
		if (!taken.get(workshopId, name)) return name;
	}
	// 96 combinations are used up: add a number, which is always free eventually.
	for (let n = 2; ; n++) {
		const name = `${pick(adjectives)} ${pick(animals)} ${n}`;
		if (!taken.get(workshopId, name)) return name;
	}
}

/** Adds a participant; returns it with the token for its cookie (only the hash is stored). */
export function addParticipant(
	workshopId: string,
	displayName: string,
	now = Date.now()
): { participant: Participant; token: string } {
	const token = newToken();
	const participant: Participant = {
		id: newId(),
		workshopId,
		displayName,
		perspective: null,
		role: '',
		seat: null,
		joinedAt: now,
		lastSeenAt: now
	};
	try {
		getDb()
			.prepare(
				`INSERT INTO participants (id, workshop_id, display_name, token_hash, joined_at, last_seen_at)
				VALUES (?, ?, ?, ?, ?, ?)`
			)
			.run(participant.id, workshopId, displayName, hashToken(token), now, now);
	} catch (error) {
		if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
			throw new NameTakenError(displayName);
		throw error;
	}
	return { participant, token };
}

/** The participant this token belongs to, only within this workshop; null otherwise. */
export function findParticipantByToken(
	workshopId: string,
	token: string | undefined
): Participant | null {
	if (!token) return null;
	const row = statement(
		`SELECT ${COLUMNS} FROM participants WHERE token_hash = ? AND workshop_id = ? AND removed = 0`
	).get(hashToken(token), workshopId) as Participant | undefined;
	return row ?? null;
}

/** One participant of this workshop (not removed), or null. */
export function getParticipant(workshopId: string, participantId: string): Participant | null {
	return (
		(statement(
			`SELECT ${COLUMNS} FROM participants WHERE id = ? AND workshop_id = ? AND removed = 0`
		).get(participantId, workshopId) as Participant | undefined) ?? null
	);
}

export function listParticipants(workshopId: string, only?: readonly string[]): Participant[] {
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
 * Removes a participant from the workshop: their cookie stops working at once (the token hash is
 * replaced) and they are no longer listed; what they contributed stays, under no name.
 */
export function removeParticipant(workshopId: string, participantId: string): boolean {
	return (
		getDb()
			.prepare(
				`UPDATE participants SET removed = 1, token_hash = ?, display_name = display_name || ' ' || ?
				WHERE id = ? AND workshop_id = ? AND removed = 0`
			)
			.run(hashToken(newToken()), `[${participantId}]`, participantId, workshopId).changes === 1
	);
}

export function touchParticipant(id: string, now = Date.now()): void {
	statement('UPDATE participants SET last_seen_at = ? WHERE id = ?').run(now, id);
}
