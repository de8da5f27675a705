// Who is here: everyone who joined (from SQLite) with whether they have a live connection now, or
// had one within the grace period. Presence is the one thing not kept in the database.
import type { ParticipantPresence, PresenceCount } from '$lib/realtime/events';
import { listParticipants } from '../workshops/participants';
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

/**
 * Everyone who joined, with who is here now. "Here" means a live socket, or one that closed less
 * than the grace period ago (last_seen_at is written when a socket closes).
 */
export function presenceOf(
	io: AppServer | undefined,
	workshopId: string,
	now = Date.now()
): ParticipantPresence[] {
	return listParticipants(workshopId).map((participant) => ({
		id: participant.id,
		displayName: participant.displayName,
		perspective: participant.perspective,
		role: participant.role,
		seat: participant.seat,
		joinedAt: participant.joinedAt,
		online: isConnected(io, participant.id) || now - participant.lastSeenAt < PRESENCE_GRACE_MS
	}));
}

/** The ids of those present now. */
export const presentIds = (presence: readonly ParticipantPresence[]) =>
	presence.filter((p) => p.online).map((p) => p.id);

/** What the room's screen shows of who is here: numbers, no names. */
export function presenceCount(presence: readonly ParticipantPresence[]): PresenceCount {
	return { total: presence.length, online: presence.filter((p) => p.online).length };
}
