import type { z } from 'zod';
import type { Ack, AckCallback } from '$lib/realtime/events';
import { DomainError } from '../workshops/command';
import { errorFields, logger } from '../log.js';
import { countSocketEvent, type EventOutcome } from '../metrics/record';

/**
 * Wraps a socket event handler: finds the ack callback, validates the payload with zod, runs the
 * handler and answers with the ack envelope. Nothing a client sends can throw out of here, so a
 * hostile payload never takes the process down; a refusal (DomainError) is answered with its code,
 * anything else is logged and answered INTERNAL. Events sent without an ack callback are ignored:
 * every client call expects an answer.
 */
export function withAck<Schema extends z.ZodType, Result>(
	event: string,
	schema: Schema,
	handler: (payload: z.output<Schema>) => Result | Promise<Result>
): (payload: z.input<Schema>, ack: AckCallback<Awaited<Result>>) => Promise<void> {
	return async (...args: unknown[]): Promise<void> => {
		const ack = args.at(-1);
		if (typeof ack !== 'function') return;
		const arrived = performance.now();
		const respond = (response: Ack<Awaited<Result>>, outcome: EventOutcome) => {
			(ack as (r: Ack<Awaited<Result>>) => void)(response);
			countSocketEvent(event, outcome, (performance.now() - arrived) / 1000);
		};
		const payload = args.length > 1 ? args[0] : undefined;
		if (args.length > 2) return respond({ ok: false, error: 'INVALID_PAYLOAD' }, 'invalid');
		const parsed = schema.safeParse(payload);
		if (!parsed.success) return respond({ ok: false, error: 'INVALID_PAYLOAD' }, 'invalid');
		try {
			respond({ ok: true, data: await handler(parsed.data) }, 'ok');
		} catch (error) {
			if (error instanceof DomainError) {
				return respond({ ok: false, error: error.code }, 'refused');
			}
			logger().error({ event, err: errorFields(error, { frames: true }) }, 'socket event failed');
			respond({ ok: false, error: 'INTERNAL' }, 'error');
		}
	};
}
