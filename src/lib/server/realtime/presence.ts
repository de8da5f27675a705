// Who is here: everyone who joined (from SQLite) with whether they have a live connection now, or
// had one within the grace period. Presence is the one thing not kept in the database.
import type { ParticipantPresence, PresenceCount } from '$lib/realtime/events';
import { lastSeenOf, participantsOf } from '../read-model/people';
import { participantRoom } from './rooms';
import type { AppServer } from './types';

/**
 * How long a participant whose last socket closed still counts as present. Phones drop for a few
 * seconds when they switch network or wake; the dashboard should not flicker for that.
 */
export const PRESENCE_GRACE_MS = Number(process.env.PRESENCE_GRACE_MS ?? 8000);

export function isConnected(io: AppServer | undefined, participantId: string): boolean {
	return (io?.sockets.adapter.rooms.get(participantRoom(participantId))?.size ?? 0) > 0;
}

const here = (io: AppServer | undefined, id: string, lastSeenAt: number, now: number) =>
	isConnected(io, id) || now - lastSeenAt < PRESENCE_GRACE_MS;

/**
 * Everyone who joined (or, with `only`, those of them), with who is here now. "Here" means a live
 * socket, or one that closed less than the grace period ago (last_seen_at is written when a socket
 * closes).
 */
export function presenceOf(
	io: AppServer | undefined,
	workshopId: string,
	now = Date.now(),
	only?: readonly string[]
): ParticipantPresence[] {
	return participantsOf(workshopId, only).map((participant) => ({
		id: participant.id,
		displayName: participant.displayName,
		perspective: participant.perspective,
		role: participant.role,
		seat: participant.seat,
		joinedAt: participant.joinedAt,
		online: here(io, participant.id, participant.lastSeenAt, now)
	}));
}

/** Per workshop: who was here when last counted, and until when that holds. */
const counted = new Map<
	string,
	{ here: { total: number; present: string[] }; validUntil: number }
>();

/**
 * How many joined and the ids of those here now, without their profiles: what the beamer's count
 * and the progress line need after every join, departure and vote. Kept per workshop until
 * someone comes or goes (`forgetWhoIsHere`, on every change with presence in it) or a grace period
 * ends, and at most a second: in a vote storm of 5,000 phones, each coalesced progress update
 * would otherwise read all 5,000 participants again.
 */
export function whoIsHere(
	io: AppServer | undefined,
	workshopId: string,
	now = Date.now()
): { total: number; present: string[] } {
	const known = counted.get(workshopId);
	if (known && now < known.validUntil) return known.here;
	const all = lastSeenOf(workshopId);
	let validUntil = now + 1000;
	const present: string[] = [];
	for (const p of all) {
		if (!here(io, p.id, p.lastSeenAt, now)) continue;
		present.push(p.id);
		// Here only by the grace period: the count changes when it ends.
		if (!isConnected(io, p.id)) validUntil = Math.min(validUntil, p.lastSeenAt + PRESENCE_GRACE_MS);
	}
	const result = { total: all.length, present };
	counted.set(workshopId, { here: result, validUntil });
	return result;
}

/** Someone came, went or was removed: the next `whoIsHere` counts again. */
export function forgetWhoIsHere(workshopId: string): void {
	counted.delete(workshopId);
}

/** The ids of those present now. */
export const presentIds = (presence: readonly ParticipantPresence[]) =>
	presence.filter((p) => p.online).map((p) => p.id);

/** What the room's screen shows of who is here: numbers, no names. */
export function presenceCount(presence: readonly ParticipantPresence[]): PresenceCount {
	return { total: presence.length, online: presence.filter((p) => p.online).length };
}
