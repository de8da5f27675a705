// A socket event as data: the zod schema of its payload and what its ack answers with. The maps of
// these (per aggregate in src/lib/schemas, per step kind in its folder) are the one source of the
// event types (src/lib/realtime/events.ts) and of the server's handler table.
import type { z } from 'zod';

/** What an event's ack carries on success: own inputs, the id of what was added, the step, nothing. */
export type Answer = 'mine' | 'added' | 'step' | 'none';

export interface EventSpec<Schema extends z.ZodType = z.ZodType, A extends Answer = Answer> {
	readonly schema: Schema;
	readonly answer: A;
}

export const event = <Schema extends z.ZodType, A extends Answer>(
	schema: Schema,
	answer: A
): EventSpec<Schema, A> => ({ schema, answer });

export type EventMap = Record<string, EventSpec>;
