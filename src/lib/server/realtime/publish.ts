// Sends what a domain command changed to every screen of the workshop, as one small patch per
// audience: the dashboard, the beamer and the phones each get their own projection. Items go out
// at once; results of many people's inputs (tallies, ratings, reflections, progress) are
// coalesced per window, so a vote storm is not a message storm. The whole state is only sent on
// (re)connect or when a screen asks to resync.
import { patchesFor } from '../read-model/patches';
import { workshopRow } from '../read-model/rows';
import { myState } from '../read-model/state';
import { Change } from '../workshops/change';
import { forgetWhoIsHere, presenceOf, whoIsHere } from './presence';
import { beamerRoom, dashboardRoom, participantRoom, publishTo, workshopRoom } from './rooms';
import type { AppServer } from './types';
import { errorFields, logger } from '../log.js';
import { observePublish } from '../metrics/record';

/** Results (and presence) that change within this window go out as one patch. */
const COALESCE_WINDOW_MS = 25;

const pending = new Map<string, { change: Change; timer: ReturnType<typeof setTimeout> }>();
const lastSent = new Map<string, number>();

/** Emits a change's patches now. `except`: the socket that made it (it has the ack). */
function send(io: AppServer, workshopId: string, change: Change, except?: string): void {
	const started = performance.now();
	try {
		emit(io, workshopId, change, except);
	} finally {
		observePublish((performance.now() - started) / 1000);
	}
}

function emit(io: AppServer, workshopId: string, change: Change, except?: string): void {
	if (change.presence.size > 0) forgetWhoIsHere(workshopId);
	const here = change.presence.size > 0 || change.progress ? whoIsHere(io, workshopId) : null;
	if (change.presence.size > 0 && here) {
		// The dashboard gets just the participants whose presence changed (those no longer listed,
		// removed, as `gone`); the beamer a count.
		const ids = [...change.presence];
		const participants = presenceOf(io, workshopId, Date.now(), ids);
		const listed = new Set(participants.map((p) => p.id));
		io.to(dashboardRoom(workshopId)).emit('presence:changed', {
			participants,
			gone: ids.filter((id) => !listed.has(id))
		});
		io.to(beamerRoom(workshopId)).emit('presence:count', {
			total: here.total,
			online: here.present.length
		});
	}
	try {
		const patches = patchesFor(workshopId, change, here?.present ?? []);
		publishTo(io, workshopId, 'dashboard', patches.dashboard);
		publishTo(io, workshopId, 'beamer', patches.beamer);
		publishTo(io, workshopId, 'participants', patches.participants);
	} catch (error) {
		// The write is stored and acknowledged; the screens fetch the whole state again.
		logger().error(
			{ workshop: workshopId, err: errorFields(error, { frames: true }) },
			'patch failed'
		);
		io.to(workshopRoom(workshopId)).emit('state:resync');
	}
	for (const participantId of change.mine) {
		const tabs = except
			? io.to(participantRoom(participantId)).except(except)
			: io.to(participantRoom(participantId));
		tabs.emit('mine:changed', myState(participantId));
	}
	if (change.currentStep) {
		const workshop = workshopRow(workshopId);
		if (workshop) {
			io.to(workshopRoom(workshopId)).emit('step:changed', {
				step: workshop.currentStep,
				changedAt: workshop.stepChangedAt
			});
		}
	}
	if (change.joinLock) {
		const locked = workshopRow(workshopId)?.joinLocked === 1;
		io.to(dashboardRoom(workshopId)).emit('join-lock:changed', locked);
	}
	for (const participantId of change.removed) {
		io.in(participantRoom(participantId)).disconnectSockets(true);
	}
	if (change.beamerPage) io.to(beamerRoom(workshopId)).emit('beamer:page', change.beamerPage);
}

/**
 * Publishes a committed change. A change in a quiet room goes out at once; results that follow
 * within the window are coalesced into one patch at its end.
 */
export function publish(
	io: AppServer | undefined,
	workshopId: string,
	change: Change,
	options: { except?: string } = {}
): void {
	if (!io || change.isEmpty) return;
	const later = change.takeCoalesced();
	if (!change.isEmpty) send(io, workshopId, change, options.except);
	if (later.isEmpty) return;
	const queued = pending.get(workshopId);
	if (queued) {
		queued.change.merge(later);
		return;
	}
	const sinceLast = performance.now() - (lastSent.get(workshopId) ?? -Infinity);
	const entry = {
		change: later,
		timer: setTimeout(
			() => {
				pending.delete(workshopId);
				lastSent.set(workshopId, performance.now());
				send(io, workshopId, entry.change);
			},
			Math.max(0, COALESCE_WINDOW_MS - sinceLast)
		)
	};
	pending.set(workshopId, entry);
}

/** Someone joined or left: the dashboard's list, the beamer's count and the progress change. */
export function publishPresence(io: AppServer, workshopId: string, participantId: string): void {
	const change = new Change();
	change.presence.add(participantId);
	publish(io, workshopId, change);
}
