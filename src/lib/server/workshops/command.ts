// The one write path: every change to a workshop, from a socket event or a form, runs as a domain
// command through `execute`: it checks who acts (and, for a participant, that the current step's
// kind takes this event and is not locked), writes in one transaction, and returns the result
// with what changed, which the caller publishes (src/lib/server/realtime/publish.ts).
import type { ErrorCode, ParticipantEvent } from '$lib/realtime/events';
import { stepKind } from '$lib/steps/registry';
import { getDb } from '../db';
import { statement } from '../db/statements';
import { Change } from './change';

/** A refusal: answered as `{ ok: false, error: code }` on a socket, as a 4xx on a form. */
export class DomainError extends Error {
	constructor(readonly code: ErrorCode) {
		super(code);
	}
}

export type Actor =
	| { kind: 'participant'; participantId: string }
	| { kind: 'facilitator'; facilitatorId: string; displayName: string }
	/** A commitment's owner, through their status link: may touch that commitment only. */
	| { kind: 'owner'; commitmentId: string };

export interface Context {
	workshopId: string;
	actor: Actor;
	now: number;
	change: Change;
}

/** The participant acting, for a participant command. */
export function participantOf(ctx: Context): string {
	if (ctx.actor.kind !== 'participant') throw new DomainError('FORBIDDEN');
	return ctx.actor.participantId;
}

interface CurrentStep {
	number: number;
	kind: string;
	locked: 0 | 1;
}

/** The step the room is in. */
export function currentStep(workshopId: string): CurrentStep {
	const step = statement(
		`SELECT s.number, s.kind, s.input_locked AS locked FROM workshops w
		JOIN workshop_steps s ON s.workshop_id = w.id AND s.number = w.current_step WHERE w.id = ?`
	).get(workshopId) as CurrentStep | undefined;
	if (!step) throw new DomainError('NOT_FOUND');
	return step;
}

/**
 * Runs a command in one (immediate) transaction. A participant's command belongs to an event
 * that the current step's kind must accept, while input is open; a facilitator's command needs
 * no step. Returns the command's result and what it changed.
 */
export function execute<Result>(
	workshopId: string,
	actor: Actor,
	command: (ctx: Context) => Result,
	event?: ParticipantEvent,
	now = Date.now()
): { result: Result; change: Change } {
	const ctx: Context = { workshopId, actor, now, change: new Change() };
	const result = getDb()
		.transaction(() => {
			if (actor.kind === 'participant') {
				const step = currentStep(workshopId);
				if (!event || !stepKind(step.kind).accepts.includes(event)) {
					throw new DomainError('WRONG_STEP');
				}
				if (step.locked) throw new DomainError('LOCKED');
			}
			return command(ctx);
		})
		.immediate();
	return { result, change: ctx.change };
}
