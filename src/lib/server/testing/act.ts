// Test support: the app's commands run as they do in production, through `execute`, as a phone,
// a facilitator or a job, without a socket or a form in between.
import type { Language } from '$lib/language';
import { execute, type Actor, type Context } from '../workshops/command';
import { join } from '../workshops/participants';
import { setCurrentStep } from '../workshops/steps';

export const system: Actor = { kind: 'system', job: 'test' };

export const facilitatorActor = (facilitator: { id: string; displayName: string }): Actor => ({
	kind: 'facilitator',
	facilitatorId: facilitator.id,
	displayName: facilitator.displayName
});

/** Runs a command on a workshop as this actor (a participant's needs the event it belongs to). */
export function run<Result>(
	workshopId: string,
	actor: Actor,
	command: (ctx: Context) => Result,
	event?: string,
	now?: number
): Result {
	return execute(workshopId, actor, command, event, now).result;
}

/** A facilitator's command. */
export const asFacilitator = <Result>(
	workshopId: string,
	facilitator: { id: string; displayName: string },
	command: (ctx: Context) => Result,
	now?: number
) => run(workshopId, facilitatorActor(facilitator), command, undefined, now);

/** A phone joins; returns the participant's id and its cookie's token. */
export function joinAs(workshopId: string, displayName: string, language: Language = 'nl') {
	const { participantId, token } = run(workshopId, { kind: 'newcomer' }, (ctx) =>
		join(ctx, { displayName, language })
	);
	return { id: participantId, token };
}

/** Moves the room to a step, as its facilitator would. */
export function moveRoom(workshopId: string, step: number) {
	return run(workshopId, facilitatorActor({ id: 'test', displayName: 'Test' }), (ctx) =>
		setCurrentStep(ctx, { step })
	);
}
