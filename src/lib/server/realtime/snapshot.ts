import type { Snapshot, SocketData } from '$lib/realtime/events';
import { getWorkshop, isJoinLocked } from '../workshops/workshops';
import { getParticipant } from '../workshops/participants';
import { buildMyState, buildWorkshopState } from '../workshops/state';
import { AckError } from './ack';
import { presenceOf } from './presence';
import type { AppServer } from './types';

/** Everything a socket of this identity may see of its workshop, fresh from SQLite. */
export function snapshotFor(io: AppServer | undefined, identity: SocketData): Snapshot {
	const workshop = getWorkshop(identity.workshopId);
	if (!workshop) throw new AckError('NOT_FOUND');
	const base = {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			organisation: workshop.organisation,
			language: workshop.language,
			joinCode: workshop.joinCode
		},
		step: { step: workshop.currentStep, changedAt: workshop.stepChangedAt },
		joinLocked: isJoinLocked(workshop.id)
	};
	if (identity.view === 'participant') {
		const you = getParticipant(workshop.id, identity.participantId);
		if (!you) throw new AckError('FORBIDDEN');
		return {
			...base,
			participants: null,
			you: { id: you.id, displayName: you.displayName },
			state: buildWorkshopState(workshop.id, 'participants'),
			mine: buildMyState(you.id)
		};
	}
	return {
		...base,
		participants: presenceOf(io, workshop.id),
		you: null,
		state: buildWorkshopState(workshop.id, 'facilitator'),
		mine: null
	};
}
