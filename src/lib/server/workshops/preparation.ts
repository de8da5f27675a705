// The preparation aggregate: before the day, the workshop's purpose, case, place and starting
// time, the people invited (the facilitator's own list: names and addresses stay off every screen
// of the room) and the perspectives worth having at the table (shared with the room, so the
// opening shows which are present and which are missing). Its commands are the only writers of
// `invitees`, `workshop_seats` and the workshop's plan.
import type { Seat } from '$lib/workshop/state';
import type { Perspective } from '$lib/vocabulary';
import { slugify, uniqueKey } from '$lib/slug';
import { statement } from '../db/statements';
import { newId } from '../ids';
import { CORE } from './change';
import { facilitatorOf, type Context } from './command';
import { clearSeatsBut } from './participants';

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

/** Copies a method's perspectives into a new workshop (part of creating it). */
export function seedSeats(ctx: Context, seats: readonly Seat[]): void {
	const insert = statement(
		`INSERT OR IGNORE INTO workshop_seats (workshop_id, key, name_nl, name_en, position)
		VALUES (?, ?, ?, ?, ?)`
	);
	seats.forEach((seat, index) =>
		insert.run(ctx.workshopId, seat.key, seat.name.nl, seat.name.en, index + 1)
	);
}

export function setPlan(ctx: Context, plan: Plan & { caseDescription: string }): void {
	facilitatorOf(ctx);
	statement(
		`UPDATE workshops SET purpose = ?, location = ?, starts_at = ?, case_description = ?
		WHERE id = ?`
	).run(plan.purpose, plan.location, plan.startsAt, plan.caseDescription, ctx.workshopId);
}

/** Adds someone to the invitation list; a perspective the workshop does not have is dropped. */
export function addInvitee(ctx: Context, invitee: Omit<Invitee, 'id'>): string {
	facilitatorOf(ctx);
	const known =
		invitee.seat !== null &&
		!!statement('SELECT 1 FROM workshop_seats WHERE workshop_id = ? AND key = ?').get(
			ctx.workshopId,
			invitee.seat
		);
	const id = newId();
	statement(
		`INSERT INTO invitees (id, workshop_id, name, email, role, side, seat, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		id,
		ctx.workshopId,
		invitee.name,
		invitee.email,
		invitee.role,
		invitee.side,
		known ? invitee.seat : null,
		ctx.now
	);
	return id;
}

/** Takes someone off the list (already gone: nothing to do, so a double click is harmless). */
export function removeInvitee(ctx: Context, id: string): boolean {
	facilitatorOf(ctx);
	return (
		statement('DELETE FROM invitees WHERE id = ? AND workshop_id = ?').run(id, ctx.workshopId)
			.changes > 0
	);
}

/** A key for a new perspective: its Dutch name in lower case, made unique in the workshop. */
function seatKey(workshopId: string, name: string): string {
	const taken = new Set(
		statement('SELECT key FROM workshop_seats WHERE workshop_id = ?', { pluck: true }).all(
			workshopId
		) as string[]
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
	facilitatorOf(ctx);
	const keys = input.seats.map((seat) => seat.key ?? seatKey(ctx.workshopId, seat.nl));
	statement(
		`DELETE FROM workshop_seats WHERE workshop_id = ?
		AND key NOT IN (SELECT value FROM json_each(?))`
	).run(ctx.workshopId, JSON.stringify(keys));
	const upsert = statement(
		`INSERT INTO workshop_seats (workshop_id, key, name_nl, name_en, position) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (workshop_id, key) DO UPDATE SET name_nl = excluded.name_nl,
			name_en = excluded.name_en, position = excluded.position`
	);
	input.seats.forEach((seat, i) => {
		upsert.run(ctx.workshopId, keys[i], seat.nl, seat.en || seat.nl, i + 1);
	});
	statement(
		`UPDATE invitees SET seat = NULL WHERE workshop_id = ?
		AND seat IS NOT NULL AND seat NOT IN (SELECT value FROM json_each(?))`
	).run(ctx.workshopId, JSON.stringify(keys));
	clearSeatsBut(ctx, keys);
	ctx.change.mark(CORE.seats);
}
