import { buildWorkshopState } from '../workshops/state';
import { facilitatorRoom, participantsRoom } from './rooms';
import type { AppServer } from './types';

/** Changes within this window go out as one update: a vote storm is not a message storm. */
export const BROADCAST_WINDOW_MS = 25;

// Timing only: which workshops have an update on its way, and when each last got one. The state
// itself is always read from SQLite when the update is sent.
const pending = new Map<string, ReturnType<typeof setTimeout>>();
const lastSent = new Map<string, number>();

export function sendStateNow(io: AppServer, workshopId: string): void {
	pending.delete(workshopId);
	lastSent.set(workshopId, performance.now());
	io.to(facilitatorRoom(workshopId)).emit(
		'state:changed',
		buildWorkshopState(workshopId, 'facilitator')
	);
	io.to(participantsRoom(workshopId)).emit(
		'state:changed',
		buildWorkshopState(workshopId, 'participants')
	);
}

/**
 * Tells every screen of the workshop that its content changed. A change in a quiet room goes out
 * at once (on the next tick, after the ack); changes that follow within the window are coalesced
 * into one update at its end.
 */
export function scheduleStateBroadcast(io: AppServer, workshopId: string): void {
	if (pending.has(workshopId)) return;
	const sinceLast = performance.now() - (lastSent.get(workshopId) ?? -Infinity);
	const delay = Math.max(0, BROADCAST_WINDOW_MS - sinceLast);
	pending.set(
		workshopId,
		setTimeout(() => {
			try {
				sendStateNow(io, workshopId);
			} catch (error) {
				console.error('[realtime] state broadcast failed:', error);
			}
		}, delay)
	);
}
