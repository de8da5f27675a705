// The phone's outbox: writes made while the connection is down wait here, in order, and go out
// once it is back. Every write is safe to send again (additions carry a client id, inputs set a
// value), so a write whose answer was lost is simply sent again. Pure rules, shared by the client
// and its tests.
import type { ParticipantEvent } from '../realtime/events';
import type { MyState } from './state';

export interface QueuedWrite {
	/** This write's own id, for the screen (its client id, when it has one). */
	id: string;
	event: ParticipantEvent;
	payload: Record<string, unknown>;
}

/**
 * Which queued write a new one replaces: setting the same thing twice needs only the last value
 * (the dots on one value, the rating of one action, ...). Additions never replace anything.
 */
export function keyOf({ event, payload }: Omit<QueuedWrite, 'id'>): string | null {
	switch (event) {
		case 'vote:set':
			return `${event}:${payload.valueId}`;
		case 'rating:set':
			return `${event}:${payload.actionId}`;
		case 'reflection:set':
			return `${event}:${payload.principleKey}`;
		case 'commitment:volunteer':
		case 'status:report':
			return `${event}:${payload.commitmentId}`;
		case 'card:edit-own':
		case 'value:edit-own':
			return `${event}:${payload.id}`;
		case 'profile:set':
		case 'closing:set':
			return event;
		default:
			return null;
	}
}

/** Whether a newer write makes an older one unnecessary (it sets the same thing). */
export function replaces(newer: QueuedWrite, older: QueuedWrite): boolean {
	const key = keyOf(newer);
	return key !== null && key === keyOf(older);
}

/** The queue with a new write: at the end, in place of an earlier one it replaces. */
export function enqueue(queue: readonly QueuedWrite[], write: QueuedWrite): QueuedWrite[] {
	return [...queue.filter((queued) => !replaces(write, queued)), write];
}

/**
 * The participant's own inputs as the server has them, with the queued writes laid over them, so a
 * screen shows what was entered (a dot, a rating) while it waits to be sent.
 */
export function withQueued(mine: MyState, queue: readonly QueuedWrite[]): MyState {
	if (queue.length === 0) return mine;
	const next: MyState = {
		...mine,
		votes: { ...mine.votes },
		ratings: { ...mine.ratings },
		reflections: { ...mine.reflections },
		volunteered: [...mine.volunteered]
	};
	for (const { event, payload: p } of queue) {
		if (event === 'vote:set') {
			if (p.dots === 0) delete next.votes[p.valueId as string];
			else next.votes[p.valueId as string] = p.dots as number;
		} else if (event === 'rating:set') {
			next.ratings[p.actionId as string] = {
				necessity: p.necessity as number,
				importance: p.importance as number
			};
		} else if (event === 'reflection:set') {
			next.reflections[p.principleKey as string] = {
				score: p.score as number,
				comment: (p.comment as string | undefined) ?? ''
			};
		} else if (event === 'commitment:volunteer') {
			const id = p.commitmentId as string;
			next.volunteered = next.volunteered.filter((v) => v !== id);
			if (p.volunteer) next.volunteered.push(id);
		} else if (event === 'closing:set') {
			next.closing = p.text as string;
		} else if (event === 'profile:set') {
			next.perspective = p.perspective as MyState['perspective'];
			next.role = p.role as string;
			if (p.seat !== undefined) next.seat = p.seat as string | null;
		}
	}
	return next;
}
