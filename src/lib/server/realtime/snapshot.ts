// The whole state a screen gets on (re)connect: the workshop's rows loaded once, projected for the
// screen's audience. Each surface has its own function and snapshot type.
import type { BeamerSnapshot, DashboardSnapshot, ParticipantSnapshot } from '$lib/realtime/events';
import { loadWorkshopRows, type WorkshopRows } from '../read-model/load';
import {
	beamerState,
	facilitatorState,
	myState,
	participantState,
	progressOf
} from '../read-model/state';
import { DomainError } from '../workshops/command';
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
		mine: myState(you.id)
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
		state: beamerState(rows, now, progressOf(workshopId, presentIds(presence)))
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
		state: facilitatorState(rows, now, progressOf(workshopId, presentIds(presence)))
	};
}
