// The closing's command: what a participant takes away (an empty note takes it back). Writes
// `closing_notes`.
import type { z } from 'zod';
import { statement } from '$lib/server/db/statements';
import { participantOf, type Context } from '$lib/server/workshops/command';
import { handlers } from '$lib/server/workshops/handlers';
import * as schemas from './schemas';
import { CLOSING } from './slice.server';

export function setClosingNote(ctx: Context, input: z.output<typeof schemas.closingSchema>) {
	const participantId = participantOf(ctx);
	if (input.text === '') {
		statement('DELETE FROM closing_notes WHERE participant_id = ?').run(participantId);
	} else {
		statement(
			`INSERT INTO closing_notes (participant_id, text, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (participant_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`
		).run(participantId, input.text, ctx.now);
	}
	ctx.change.touch(CLOSING.notes, participantId);
	ctx.change.mine.add(participantId);
}

export const participantHandlers = handlers(schemas.participantEvents, {
	'closing:set': setClosingNote
});
