// The phone's outbox: writes made while the connection is down wait here, in order, and go out
// once it is back. Every write is safe to send again (additions carry a client id, inputs set a
// value), so a write whose answer was lost is simply sent again. The order is the participant's:
// a write replaces only the one right before it when both set the same thing (two taps on the same
// dot), so a write never jumps ahead of one made between them (a dot taken off one value, then
// put on another, stays in that order and within the budget). Pure rules, shared by the client and
// its tests; each step kind says how its writes wait (its folder's `outbox.ts`).
import type { ParticipantEvent } from '../realtime/events';
import type { OutboxRules } from './outbox-rules';
import type { MyState } from './state';

export type { OutboxRule, OutboxRules } from './outbox-rules';

export interface QueuedWrite {
	/** This write's own id, for the screen (its client id, when it has one). */
	id: string;
	event: ParticipantEvent;
	payload: Record<string, unknown>;
}

/** The core's writes (a profile, volunteering, a card's own edit); each kind adds its own. */
const CORE: OutboxRules = {
	'profile:set': {
		key: () => '',
		show(mine, p) {
			mine.perspective = p.perspective as MyState['perspective'];
			mine.role = p.role as string;
			if (p.seat !== undefined) mine.seat = p.seat as string | null;
		}
	},
	'commitment:volunteer': {
		key: (p) => p.commitmentId as string,
		show(mine, p) {
			mine.volunteered = mine.volunteered.filter((v) => v !== p.commitmentId);
			if (p.volunteer) mine.volunteered.push(p.commitmentId as string);
		}
	},
	'card:edit-own': { key: (p) => p.id as string }
};

const KINDS = import.meta.glob<{ default: OutboxRules }>('../steps/*/outbox.ts', { eager: true });

const RULES: OutboxRules = Object.assign(
	{},
	CORE,
	...Object.values(KINDS).map((module) => module.default)
);

/** What a write sets (its event and key), or null for an addition, which never replaces. */
export function keyOf({ event, payload }: Omit<QueuedWrite, 'id'>): string | null {
	const rule = RULES[event];
	return rule?.key ? `${event}:${rule.key(payload)}` : null;
}

/** Whether a newer write makes an older one unnecessary (it sets the same thing). */
export function replaces(newer: QueuedWrite, older: QueuedWrite): boolean {
	const key = keyOf(newer);
	return key !== null && key === keyOf(older);
}

/** The write a new one takes the place of: the last one waiting, if it sets the same thing. */
export function replacedBy(queue: readonly QueuedWrite[], write: QueuedWrite): QueuedWrite | null {
	const last = queue.at(-1);
	return last && replaces(write, last) ? last : null;
}

/** The queue with a new write at the end, in place of the last one if it replaces that. */
export function enqueue(queue: readonly QueuedWrite[], write: QueuedWrite): QueuedWrite[] {
	return replacedBy(queue, write) ? [...queue.slice(0, -1), write] : [...queue, write];
}

/**
 * The participant's own inputs as the server has them, with the queued writes laid over them, so a
 * screen shows what was entered (a dot, a rating) while it waits to be sent.
 */
export function withQueued(mine: MyState, queue: readonly QueuedWrite[]): MyState {
	if (queue.length === 0) return mine;
	// A plain copy (the screen's state may be a reactive proxy, which structuredClone refuses).
	const next = JSON.parse(JSON.stringify(mine)) as MyState;
	for (const { event, payload } of queue) RULES[event]?.show?.(next, payload);
	return next;
}
