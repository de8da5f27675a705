// Before the day: the workshop's purpose, place and starting time, the people invited and the
// perspectives worth having at the table. Invitees are the facilitator's own list (names and
// addresses stay off every screen of the room); the perspectives are shared with the room, so the
// opening can show which are present and which are missing.
import type { Perspective } from '$lib/workshop/state';
import { slugify, uniqueKey } from '$lib/slug';
import { getDb } from '../db';
import { newId } from '../ids';
import { DomainError, type Context } from './command';

export interface Plan {
	purpose: string;
	location: string;
	/** HH:MM, local time; null when not planned yet. */
	startsAt: string | null;
}

export interface Invitee {
	id: string;
	name: string;
	email: string | null;
	role: string;
	side: Perspective | null;
	seat: string | null;
}

export function planOf(workshopId: string): Plan {
	return getDb()
		.prepare('SELECT purpose, location, starts_at AS startsAt FROM workshops WHERE id = ?')
		.get(workshopId) as Plan;
}

export function setPlan(workshopId: string, plan: Plan & { caseDescription: string }): void {
	getDb()
		.prepare(
			`UPDATE workshops SET purpose = ?, location = ?, starts_at = ?, case_description = ?
			WHERE id = ?`
		)
		.run(plan.purpose, plan.location, plan.startsAt, plan.caseDescription, workshopId);
}

export function inviteesOf(workshopId: string): Invitee[] {
	return getDb()
		.prepare(
			`SELECT id, name, email, role, side, seat FROM invitees WHERE workshop_id = ?
			ORDER BY created_at, rowid`
		)
		.all(workshopId) as Invitee[];
}

export function addInvitee(
	workshopId: string,
	invitee: Omit<Invitee, 'id'>,
	now = Date.now()
): string {
	const id = newId();
	getDb()
		.prepare(
			`INSERT INTO invitees (id, workshop_id, name, email, role, side, seat, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		)
		.run(
			id,
			workshopId,
			invitee.name,
			invitee.email,
			invitee.role,
			invitee.side,
			invitee.seat,
			now
		);
	return id;
}

export function removeInvitee(workshopId: string, id: string): boolean {
	return (
		getDb().prepare('DELETE FROM invitees WHERE id = ? AND workshop_id = ?').run(id, workshopId)
			.changes > 0
	);
}

/** A key for a new perspective: its Dutch name in lower case, made unique in the workshop. */
function seatKey(workshopId: string, name: string): string {
	const taken = new Set(
		getDb()
			.prepare('SELECT key FROM workshop_seats WHERE workshop_id = ?')
			.pluck()
			.all(workshopId) as string[]
	);
	return uniqueKey(slugify(name, 40) || 'perspectief', taken);
}

/**
 * The workshop's perspectives, as the facilitator lists them now: renamed, reordered, removed or
 * added (an entry without a key is new). A participant or invitee who chose a removed one keeps
 * nothing that points to it.
 */
export function setSeats(
	ctx: Context,
	input: { seats: { key?: string; nl: string; en: string }[] }
) {
	if (ctx.actor.kind !== 'facilitator') throw new DomainError('FORBIDDEN');
	const db = getDb();
	const keys = input.seats.map((seat) => seat.key ?? seatKey(ctx.workshopId, seat.nl));
	db.prepare(
		`DELETE FROM workshop_seats WHERE workshop_id = ?
		AND key NOT IN (SELECT value FROM json_each(?))`
	).run(ctx.workshopId, JSON.stringify(keys));
	const upsert = db.prepare(
		`INSERT INTO workshop_seats (workshop_id, key, name_nl, name_en, position) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (workshop_id, key) DO UPDATE SET name_nl = excluded.name_nl,
			name_en = excluded.name_en, position = excluded.position`
	);
	input.seats.forEach((seat, i) => {
		upsert.run(ctx.workshopId, keys[i], seat.nl, seat.en || seat.nl, i + 1);
	});
	for (const table of ['participants', 'invitees']) {
		const cleared = db
			.prepare(
				`UPDATE ${table} SET seat = NULL WHERE workshop_id = ?
				AND seat IS NOT NULL AND seat NOT IN (SELECT value FROM json_each(?)) RETURNING id`
			)
			.pluck()
			.all(ctx.workshopId, JSON.stringify(keys)) as string[];
		if (table !== 'participants') continue;
		for (const id of cleared) {
			ctx.change.profiles.add(id);
			ctx.change.mine.add(id);
		}
	}
	ctx.change.seats = true;
	return null;
}
