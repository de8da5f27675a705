// An event's handler: its schema, what its ack answers with, and the command that takes what the
// schema parses. The core aggregates (./*.ts) and the step kinds' folders each pair their events
// with their commands here; the socket layer (src/lib/server/realtime/handlers.ts) runs them all
// the same way.
import type { z } from 'zod';
import type { Added, StepState } from '$lib/realtime/events';
import type { Answer, EventMap } from '$lib/schemas/event';
import type { Context } from './command';

/** What a command returns: own inputs are read after the commit by the socket layer, not by it. */
type CommandResult<A extends Answer> = {
	mine: void;
	added: Added;
	step: StepState;
	none: void | null;
}[A];

type Command<Input = never, Result = unknown> = (ctx: Context, input: Input) => Result;

export interface Handler {
	schema: z.ZodType;
	answer: Answer;
	command: Command<never>;
}
export type Handlers = Readonly<Record<string, Handler>>;

export type Commands<Map extends EventMap> = {
	[E in keyof Map]: Command<z.output<Map[E]['schema']>, CommandResult<Map[E]['answer']>>;
};

/** Pairs each event of a map with its command (every event needs one; the types must fit). */
export function handlers<Map extends EventMap>(events: Map, commands: Commands<Map>): Handlers {
	return Object.fromEntries(
		Object.entries(events).map(([name, spec]) => [
			name,
			{ schema: spec.schema, answer: spec.answer, command: commands[name] as Command<never> }
		])
	);
}
