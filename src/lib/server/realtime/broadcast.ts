import { buildWorkshopState } from '../workshops/state';
import { facilitatorRoom, participantsRoom } from './rooms';
import type { AppServer } from './types';

/** Changes within this window go out as one update: a vote storm is not a message storm. */
export const BROADCAST_WINDOW_MS = 25;

// Timers only: which workshops have an update on its way. The state itself is always read
// from SQLite when the update is sent.
const pending = new Map<string, ReturnType<typeof setTimeout>>();

export function sendStateNow(io: AppServer, workshopId: string): void {
	pending.delete(workshopId);
	io.to(facilitatorRoom(workshopId)).emit(
		'state:changed',
		buildWorkshopState(workshopId, 'facilitator')
	);
	io.to(participantsRoom(workshopId)).emit(
		'state:changed',
		buildWorkshopState(workshopId, 'participants')
	);
}

/** Tells every screen of the workshop that its content changed, coalescing bursts. */
export function scheduleStateBroadcast(io: AppServer, workshopId: string): void {
	if (pending.has(workshopId)) return;
	pending.set(
		workshopId,
		setTimeout(() => {
			try {
				sendStateNow(io, workshopId);
			} catch (error) {
				console.error('[realtime] state broadcast failed:', error);
			}
		}, BROADCAST_WINDOW_MS)
	);
}
