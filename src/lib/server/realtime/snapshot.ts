// The whole state a screen gets on (re)connect: the workshop's rows loaded once, projected for the
// screen's audience.
import type {
	BeamerSnapshot,
	DashboardSnapshot,
	ParticipantSnapshot,
	Snapshot,
	SocketData
} from '$lib/realtime/events';
import {
	beamerState,
	facilitatorState,
	myState,
	participantState
} from '../read-model/projections';
import { loadWorkshopRows, participantRows, type WorkshopRows } from '../read-model/rows';
import { DomainError } from '../workshops/command';
import { progressOf } from '../read-model/rows';
import { presenceCount, presenceOf, presentIds } from './presence';
import type { AppServer } from './types';

function rowsOrNotFound(workshopId: string): WorkshopRows {
	const rows = loadWorkshopRows(workshopId);
	if (!rows) throw new DomainError('NOT_FOUND');
	return rows;
}

function base({ workshop }: WorkshopRows) {
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			organisation: workshop.organisation,
			language: workshop.language,
			joinCode: workshop.joinCode,
			method: workshop.method
		},
		step: { step: workshop.currentStep, changedAt: workshop.stepChangedAt },
		joinLocked: workshop.joinLocked === 1
	};
}

export function participantSnapshot(
	workshopId: string,
	participantId: string,
	now = Date.now()
): ParticipantSnapshot {
	const rows = rowsOrNotFound(workshopId);
	const you = rows.participants.find((p) => p.id === participantId && p.removed === 0);
	if (!you) throw new DomainError('FORBIDDEN');
	return {
		...base(rows),
		view: 'participant',
		you: { id: you.id, displayName: you.displayName },
		state: participantState(rows, now),
		mine: myState(participantRows(you.id))
	};
}

export function beamerSnapshot(
	io: AppServer | undefined,
	workshopId: string,
	now = Date.now()
): BeamerSnapshot {
	const rows = rowsOrNotFound(workshopId);
	const presence = presenceOf(io, workshopId, now);
	return {
		...base(rows),
		view: 'beamer',
		presence: presenceCount(presence),
		state: beamerState(rows, now, progressOf(presentIds(presence)))
	};
}

export function dashboardSnapshot(
	io: AppServer | undefined,
	workshopId: string,
	now = Date.now()
): DashboardSnapshot {
	const rows = rowsOrNotFound(workshopId);
	const presence = presenceOf(io, workshopId, now);
	return {
		...base(rows),
		view: 'dashboard',
		participants: presence,
		state: facilitatorState(rows, now, progressOf(presentIds(presence)))
	};
}

/** Everything a socket of this identity may see of its workshop, fresh from SQLite. */
export function snapshotFor(io: AppServer | undefined, identity: SocketData): Snapshot {
	if (identity.view === 'participant') {
		return participantSnapshot(identity.workshopId, identity.participantId);
	}
	return identity.view === 'beamer'
		? beamerSnapshot(io, identity.workshopId)
		: dashboardSnapshot(io, identity.workshopId);
}
