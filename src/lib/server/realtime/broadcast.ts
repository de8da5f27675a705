import type { StatePatch } from '$lib/workshop/patch';
import { buildPatch, buildWorkshopState } from '../workshops/state';
import { facilitatorRoom, participantsRoom } from './rooms';
import type { AppServer } from './types';

/** Changes within this window go out as one update: a vote storm is not a message storm. */
export const BROADCAST_WINDOW_MS = 25;

/**
 * Who must hear of a change: everyone, or only the facilitator's screens (a blind vote, a rating
 * before the reveal, a profile: nothing the phones would show changes, so nothing is sent to them).
 */
export type Audience = 'everyone' | 'facilitator';

// Timing only: which workshops have an update on its way (and for whom), and when each last got
// one. The state itself is always read from SQLite when the update is sent.
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; audience: Audience }>();
const lastSent = new Map<string, number>();

export function sendStateNow(
	io: AppServer,
	workshopId: string,
	audience: Audience = 'everyone'
): void {
	pending.delete(workshopId);
	lastSent.set(workshopId, performance.now());
	io.to(facilitatorRoom(workshopId)).emit(
		'state:changed',
		buildWorkshopState(workshopId, 'facilitator')
	);
	if (audience === 'everyone') {
		io.to(participantsRoom(workshopId)).emit(
			'state:changed',
			buildWorkshopState(workshopId, 'participants')
		);
	}
}

/**
 * Tells the workshop's screens that its content changed. A change in a quiet room goes out at
 * once (on the next tick, after the ack); changes that follow within the window are coalesced
 * into one update at its end, for everyone if any of them concerned everyone.
 */
export function scheduleStateBroadcast(
	io: AppServer,
	workshopId: string,
	audience: Audience = 'everyone'
): void {
	const queued = pending.get(workshopId);
	if (queued) {
		if (audience === 'everyone') queued.audience = 'everyone';
		return;
	}
	const sinceLast = performance.now() - (lastSent.get(workshopId) ?? -Infinity);
	const delay = Math.max(0, BROADCAST_WINDOW_MS - sinceLast);
	const entry = {
		audience,
		timer: setTimeout(() => {
			try {
				sendStateNow(io, workshopId, entry.audience);
			} catch (error) {
				console.error('[realtime] state broadcast failed:', error);
			}
		}, delay)
	};
	pending.set(workshopId, entry);
}

/**
 * Sends one added item to every screen of the workshop at once, as a patch: the phones get the
 * public version, or nothing if the item is not theirs to see.
 */
export function sendPatch(
	io: AppServer,
	workshopId: string,
	kind: StatePatch['kind'],
	id: string
): void {
	try {
		const patch = buildPatch(workshopId, kind, id);
		if (!patch) return;
		io.to(facilitatorRoom(workshopId)).emit('state:patch', patch.facilitator);
		if (patch.participants) {
			io.to(participantsRoom(workshopId)).emit('state:patch', patch.participants);
		}
	} catch (error) {
		// The write is stored and will be acknowledged; screens catch up on the next whole state.
		console.error('[realtime] patch failed:', error);
		scheduleStateBroadcast(io, workshopId);
	}
}
