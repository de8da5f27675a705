// Room names come from here only. Each audience has its own room, because each gets its own
// projection of the workshop: the dashboard everything, the beamer and the phones the public view.
// A patch reaches an audience only through `publishTo`, typed by that audience's state, so sending
// the dashboard's patch to the phones does not compile (./audiences.spec.ts).
import type { BroadcastOperator } from 'socket.io';
import type { ServerToClientEvents, SocketData } from '$lib/realtime/events';
import type { Audience } from '$lib/vocabulary';
import type { Patch } from '$lib/workshop/patch';
import type { BeamerState, FacilitatorState, ParticipantState } from '$lib/workshop/state';
import type { AppServer } from './types';

/** Everyone in a workshop: dashboard, beamer and phones (step changes, resync requests). */
export const workshopRoom = (workshopId: string) => `workshop:${workshopId}`;

/** The facilitator's dashboards of a workshop (owner and co-facilitators). */
export const dashboardRoom = (workshopId: string) => `workshop:${workshopId}:dashboard`;

/** The beamer views of a workshop: the room's screen. */
export const beamerRoom = (workshopId: string) => `workshop:${workshopId}:beamer`;

/** The phones of a workshop. */
export const participantsRoom = (workshopId: string) => `workshop:${workshopId}:participants`;

/** All sockets (tabs, reconnects) of one participant. */
export const participantRoom = (participantId: string) => `participant:${participantId}`;

/** The dashboard and beamer sockets opened under one sign-in session. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** What each audience's screens hold. */
interface AudienceStates {
	dashboard: FacilitatorState;
	beamer: BeamerState;
	participants: ParticipantState;
}

const ROOMS = { dashboard: dashboardRoom, beamer: beamerRoom, participants: participantsRoom };

/** The screens of one audience of a workshop, typed by what they may receive. */
export function audience<A extends Audience>(
	io: AppServer,
	workshopId: string,
	name: A
): BroadcastOperator<ServerToClientEvents<AudienceStates[A]>, SocketData> {
	return io.to(ROOMS[name](workshopId)) as unknown as BroadcastOperator<
		ServerToClientEvents<AudienceStates[A]>,
		SocketData
	>;
}

/** Sends a patch to one audience of a workshop: only that audience's patch type fits. */
export function publishTo<A extends Audience>(
	io: AppServer,
	workshopId: string,
	name: A,
	patch: Patch<AudienceStates[A]>
): void {
	if (patch.length > 0) audience(io, workshopId, name).emit('state:patch', patch);
}
