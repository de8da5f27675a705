// The participants aggregate: a phone joins a workshop (with a name it picks or one we make up),
// gives its profile in the opening, is seen coming and going, and may be taken out of the room by
// the facilitator. Its commands are the only writers of `participants`.
import type { z } from 'zod';
import type { Language } from '$lib/language';
import * as schemas from '$lib/schemas/participants';
import { statement } from '../db/statements';
import { hashToken, newId, newToken } from '../ids';
import { CORE } from './change';
import { DomainError, facilitatorOf, found, onlyFor, participantOf, type Context } from './command';
import { handlers } from './handlers';

export { schemas };

type Input<Schema extends z.ZodType> = z.output<Schema>;

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

const nameTaken = (workshopId: string, name: string) =>
	!!statement(
		'SELECT 1 FROM participants WHERE workshop_id = ? AND display_name = ? COLLATE NOCASE'
	).get(workshopId, name);

/** A friendly generated name such as "Wijze Uil" that nobody in this workshop uses yet. */
function generatedName(workshopId: string, language: Language): string {
	const { adjectives, animals } = GENERATED_NAMES[language];
	for (let attempt = 0; attempt < 50; attempt++) {
		const name = `${pick(adjectives)} ${pick(animals)}`;
		if (!nameTaken(workshopId, name)) return name;
	}
	// 96 combinations are used up: add a number, which is always free eventually.
	for (let n = 2; ; n++) {
		const name = `${pick(adjectives)} ${pick(animals)} ${n}`;
		if (!nameTaken(workshopId, name)) return name;
	}
}

/**
 * A phone joins: refused while joining is closed (JOIN_LOCKED) or after the workshop's data was
 * purged (PURGED), and when the name is taken (NAME_TAKEN); checked and added in one transaction,
 * so a lock set meanwhile cannot be slipped past. Returns the token for its cookie (only its hash
 * is stored).
 */
export function join(
	ctx: Context,
	input: { displayName: string; language: Language }
): { participantId: string; token: string } {
	onlyFor(ctx, 'newcomer');
	const workshop = statement('SELECT join_locked, purged_at FROM workshops WHERE id = ?').get(
		ctx.workshopId
	) as { join_locked: 0 | 1; purged_at: number | null } | undefined;
	if (!workshop) throw new DomainError('NOT_FOUND');
	if (workshop.purged_at !== null) throw new DomainError('PURGED');
	if (workshop.join_locked) throw new DomainError('JOIN_LOCKED');
	const displayName = input.displayName || generatedName(ctx.workshopId, input.language);
	if (nameTaken(ctx.workshopId, displayName)) throw new DomainError('NAME_TAKEN');
	const token = newToken();
	const participantId = newId();
	statement(
		`INSERT INTO participants (id, workshop_id, display_name, token_hash, joined_at, last_seen_at)
		VALUES (?, ?, ?, ?, ?, ?)`
	).run(participantId, ctx.workshopId, displayName, hashToken(token), ctx.now, ctx.now);
	ctx.change.presence.add(participantId);
	return { participantId, token };
}

/** The opening: inside or outside, role, and the perspective at the table they bring. */
export function setProfile(ctx: Context, input: Input<typeof schemas.profileSchema>) {
	const participantId = participantOf(ctx);
	const seat =
		input.seat &&
		statement('SELECT key FROM workshop_seats WHERE workshop_id = ? AND key = ?', {
			pluck: true
		}).get(ctx.workshopId, input.seat);
	if (input.seat && !seat) throw new DomainError('NOT_FOUND');
	statement('UPDATE participants SET perspective = ?, role = ?, seat = ? WHERE id = ?').run(
		input.perspective,
		input.role,
		input.seat,
		participantId
	);
	ctx.change.touch(CORE.profiles, participantId);
	ctx.change.mine.add(participantId);
	// "3 of 5 present have introduced themselves" counts profiles.
	ctx.change.progress = true;
}

/** Participants who chose a perspective the workshop no longer lists bring none now. */
export function clearSeatsBut(ctx: Context, keys: readonly string[]): void {
	const cleared = statement(
		`UPDATE participants SET seat = NULL WHERE workshop_id = ?
		AND seat IS NOT NULL AND seat NOT IN (SELECT value FROM json_each(?)) RETURNING id`,
		{ pluck: true }
	).all(ctx.workshopId, JSON.stringify(keys)) as string[];
	for (const id of cleared) {
		ctx.change.touch(CORE.profiles, id);
		ctx.change.mine.add(id);
	}
}

/**
 * Takes a participant out of the workshop: their cookie stops working at once (the token hash is
 * replaced) and they are no longer listed; what they contributed stays, under no name.
 */
export function removeParticipant(
	ctx: Context,
	input: Input<typeof schemas.participantRemoveSchema>
) {
	facilitatorOf(ctx);
	const { participantId } = input;
	const changed = statement(
		`UPDATE participants SET removed = 1, token_hash = ?, display_name = display_name || ' ' || ?
		WHERE id = ? AND workshop_id = ? AND removed = 0`
	).run(hashToken(newToken()), `[${participantId}]`, participantId, ctx.workshopId).changes;
	found(changed === 1);
	ctx.change.presence.add(participantId);
	ctx.change.removed.add(participantId);
	ctx.change.touch(CORE.profiles, participantId);
}

/** When a phone was last seen (its socket closed): presence counts it for a grace period. */
export function seen(ctx: Context, participantId: string) {
	onlyFor(ctx, 'system');
	statement('UPDATE participants SET last_seen_at = ? WHERE id = ? AND workshop_id = ?').run(
		ctx.now,
		participantId,
		ctx.workshopId
	);
}

export const participantHandlers = handlers(schemas.participantEvents, {
	'profile:set': setProfile
});

export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'participant:remove': removeParticipant
});
