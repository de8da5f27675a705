// The room: whether new participants may still join, what the beamer shows besides the step (the
// join panel, the closing notes without names, a chime at time-up), and turning the beamer's page.
import type { z } from 'zod';
import * as schemas from '$lib/schemas/room';
import { statement } from '../db/statements';
import { CORE } from './change';
import { facilitatorOf, type Context } from './command';
import { handlers } from './handlers';

export { schemas };

type Input<Schema extends z.ZodType> = z.output<Schema>;

export function lockJoining(ctx: Context, input: Input<typeof schemas.joinLockSchema>) {
	facilitatorOf(ctx);
	statement('UPDATE workshops SET join_locked = ? WHERE id = ?').run(
		Number(input.locked),
		ctx.workshopId
	);
	ctx.change.joinLock = true;
}

const DISPLAY_COLUMNS = {
	join: 'beamer_join',
	closingNotes: 'beamer_closing_notes',
	chime: 'beamer_chime'
} as const;

export function setDisplay(ctx: Context, input: Input<typeof schemas.displaySchema>) {
	facilitatorOf(ctx);
	for (const [key, column] of Object.entries(DISPLAY_COLUMNS)) {
		const value = input[key as keyof typeof DISPLAY_COLUMNS];
		if (value === undefined) continue;
		statement(`UPDATE workshops SET ${column} = ? WHERE id = ?`).run(
			typeof value === 'boolean' ? Number(value) : value,
			ctx.workshopId
		);
	}
	ctx.change.mark(CORE.display);
}

/** Turns the beamer's page (nothing is stored: the beamer knows how many pages it has). */
export function pageBeamer(ctx: Context, input: Input<typeof schemas.beamerPageSchema>) {
	facilitatorOf(ctx);
	ctx.change.beamerPage = input.delta;
}

export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'workshop:join-lock': lockJoining,
	'display:set': setDisplay,
	'beamer:page': pageBeamer
});
