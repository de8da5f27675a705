// The reflection's command: how well a principle of the workshop's catalogue is safeguarded (1–5),
// with a comment; set again to change it. Writes `reflections`.
import type { z } from 'zod';
import { statement } from '$lib/server/db/statements';
import { found, participantOf, type Context } from '$lib/server/workshops/command';
import { handlers } from '$lib/server/workshops/handlers';
import * as schemas from './schemas';
import { REFLECTION } from './slice.server';

export function setReflection(ctx: Context, input: z.output<typeof schemas.reflectionSchema>) {
	const participantId = participantOf(ctx);
	const principle = statement(
		'SELECT 1 FROM catalogue_principles WHERE workshop_id = ? AND key = ?'
	).get(ctx.workshopId, input.principleKey);
	found(principle);
	statement(
		`INSERT INTO reflections (participant_id, principle_key, score, comment, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (participant_id, principle_key) DO UPDATE SET score = excluded.score,
			comment = excluded.comment, updated_at = excluded.updated_at`
	).run(participantId, input.principleKey, input.score, input.comment, ctx.now);
	ctx.change.touch(REFLECTION.reflections, input.principleKey);
	ctx.change.progress = true;
	ctx.change.mine.add(participantId);
}

export const participantHandlers = handlers(schemas.participantEvents, {
	'reflection:set': setReflection
});
