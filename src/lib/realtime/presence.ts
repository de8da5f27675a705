// The dashboard's list of who joined, kept up to date from `presence:changed`: only the
// participants whose presence changed travel, so a join costs the same in a room of 40 or 5,000.
import type { LiveWorkshop } from './client.svelte';
import type { ParticipantPresence, PresenceUpdate } from './events';

/** The list with the update applied: changed entries replaced in place, new ones added, gone ones dropped. */
export function mergePresence(
	list: readonly ParticipantPresence[],
	update: PresenceUpdate
): ParticipantPresence[] {
	const changed = new Map(update.participants.map((p) => [p.id, p]));
	const gone = new Set(update.gone);
	const known = new Set(list.map((p) => p.id));
	const next = list.filter((p) => !gone.has(p.id)).map((p) => changed.get(p.id) ?? p);
	for (const p of update.participants) if (!known.has(p.id)) next.push(p);
	return next;
}

/**
 * What only the facilitator's screens hear: who joined or left (the dashboard's list), how many
 * are here (the beamer's count) and the join lock. Installed by those screens, so a phone's
 * bundle carries none of it.
 */
export function followRoom(live: LiveWorkshop): void {
	live.socket.on('presence:changed', (update) => {
		if (live.snapshot.view === 'dashboard') {
			live.snapshot.participants = mergePresence(live.snapshot.participants, update);
		}
	});
	live.socket.on('presence:count', (presence) => {
		if (live.snapshot.view === 'beamer') live.snapshot.presence = presence;
	});
	live.socket.on('join-lock:changed', (locked) => {
		live.snapshot.joinLocked = locked;
	});
}
