// A facilitator's form action as one call: the command runs through the one write path
// (`execute`) as the signed-in facilitator, what it changed goes to every open screen of the
// workshop, and a refusal becomes a 4xx (never a 500). Routes hold a guard and this call.
import { m } from '$lib/paraglide/messages';
import { error } from '$lib/server/http-error';
import type { Facilitator } from './auth';
import { getIo } from './realtime';
import { publish } from './realtime/publish';
import { DomainError, execute, type Actor, type Context } from './workshops/command';

/** The signed-in facilitator, as the actor of their commands. */
export const facilitatorActor = (facilitator: Facilitator): Actor => ({
	kind: 'facilitator',
	facilitatorId: facilitator.id,
	displayName: facilitator.displayName
});

const STATUS = { FORBIDDEN: 403, NOT_FOUND: 404, CARRIED: 409, RATE_LIMITED: 429 } as const;

/** Runs the command on the workshop as this facilitator, publishes it, and returns its result. */
export function act<Result>(
	facilitator: Facilitator,
	workshopId: string,
	command: (ctx: Context) => Result
): Result {
	try {
		const { result, change } = execute(workshopId, facilitatorActor(facilitator), command);
		publish(getIo(), workshopId, change);
		return result;
	} catch (err) {
		if (!(err instanceof DomainError)) throw err;
		const status = STATUS[err.code as keyof typeof STATUS] ?? 400;
		const detail = err.code === 'CARRIED' ? m.error_carried() : undefined;
		error(status, { message: status === 404 ? 'Not Found' : err.code, detail });
	}
}
