// A dashboard or beamer socket stays open for hours, long after the page that opened it checked
// the session. So every facilitator event (and every resync) asks again, in one indexed query,
// whether the socket's sign-in session is still valid and still gives access to the workshop; and
// a sweep closes the sockets that no longer pass, so a screen also stops receiving what it may no
// longer see. Signing out, and removing a co-facilitator, close their sockets at once.
import { sessionAccess } from '../read-model/workshops';
import { dashboardRoom, beamerRoom } from './rooms';
import type { AppServer } from './types';

type FacilitatorSocketData = { workshopId: string; facilitatorId: string; sessionId: string };

/** The facilitator's display name while the session is valid and gives access; otherwise null. */
export function facilitatorAccess(data: FacilitatorSocketData, now = Date.now()): string | null {
	return sessionAccess(data, now);
}

/** How often open facilitator sockets are checked when they send nothing. */
export const ACCESS_SWEEP_MS = Number(process.env.ACCESS_SWEEP_MS ?? 30_000);

/** Closes every dashboard and beamer socket whose session has ended or lost access. */
export function sweepFacilitatorSockets(io: AppServer, now = Date.now()): number {
	let closed = 0;
	for (const socket of io.of('/').sockets.values()) {
		const data = socket.data;
		if (data.view === 'participant') continue;
		if (facilitatorAccess(data, now) === null) {
			socket.disconnect(true);
			closed++;
		}
	}
	return closed;
}

/** Closes one facilitator's dashboard and beamer sockets of one workshop (access removed). */
export function disconnectFacilitator(
	io: AppServer | undefined,
	workshopId: string,
	facilitatorId: string
): void {
	if (!io) return;
	for (const room of [dashboardRoom(workshopId), beamerRoom(workshopId)]) {
		for (const id of io.of('/').adapter.rooms.get(room) ?? []) {
			const socket = io.of('/').sockets.get(id);
			if (socket?.data.facilitatorId === facilitatorId) socket.disconnect(true);
		}
	}
}
