// The one write path: every change to a workshop's tables, from a socket event, a form, a status
// link or a job, runs as a domain command through `execute`: it checks who acts (and, for a
// participant, that the current step's kind takes this event and is not locked), writes in one
// transaction, and returns the result with what changed, which the caller publishes
// (src/lib/server/realtime/publish.ts). Commands live in one module per aggregate (./*.ts) and in
// the step kinds' folders; they are the only code that writes a workshop's tables.
import { stepKind } from '$lib/steps';
import type { ErrorCode } from '$lib/vocabulary';
import { getDb } from '../db';
import { statement } from '../db/statements';
import { Change } from './change';
import { countCommand } from '../metrics/record';

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
	| { kind: 'owner'; commitmentId: string; linkId: string }
	/** A phone that is joining: may only add itself as a participant. */
	| { kind: 'newcomer' }
	/** The server's own jobs (reminders, retention), and reading a link's use. */
	| { kind: 'system'; job: string };

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

/** The facilitator acting, for a facilitator command. */
export function facilitatorOf(ctx: Context) {
	if (ctx.actor.kind !== 'facilitator') throw new DomainError('FORBIDDEN');
	return ctx.actor;
}

/** Refuses anyone but these kinds of actor. */
export function onlyFor(ctx: Context, ...kinds: Actor['kind'][]): void {
	if (!kinds.includes(ctx.actor.kind)) throw new DomainError('FORBIDDEN');
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

/** Throws NOT_FOUND unless a write found what it was for. */
export const found = (ok: unknown): void => {
	if (!ok) throw new DomainError('NOT_FOUND');
};

/**
 * Runs a command in one (immediate) transaction. A participant's command belongs to an event
 * that the current step's kind must accept, while input is open; other actors' commands check
 * who they are themselves. Returns the command's result and what it changed.
 */
export function execute<Result>(
	workshopId: string,
	actor: Actor,
	command: (ctx: Context) => Result,
	event?: string,
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
			return commit(ctx, command);
		})
		.immediate();
	countCommand(actor.kind);
	return { result, change: ctx.change };
}

/**
 * Runs a command inside the caller's transaction and counts up the workshop's revision, which
 * tells caches of what is derived from the whole record (a fingerprint) that it changed.
 */
export function commit<Result>(ctx: Context, command: (ctx: Context) => Result): Result {
	const result = command(ctx);
	statement('UPDATE workshops SET revision = revision + 1 WHERE id = ?').run(ctx.workshopId);
	return result;
}

/**
 * The sibling of `execute` for what an account does outside one workshop's room: create or
 * import a workshop, plan a follow-up (which makes a second one). One transaction; the commands
 * it runs for each workshop go through `execute`'s rules by calling the aggregates' commands with
 * a context of their own.
 */
export function executeAccount<Result>(command: () => Result): Result {
	return getDb().transaction(command).immediate();
}
