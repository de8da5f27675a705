// The rating step's commands: a participant rates an action (necessity and importance, 1–5); when
// the facilitator merges two actions, the ratings of the one move to the other where the rater has
// not rated it yet, so no rating is lost or counted twice. Writes `action_ratings`.
import type { z } from 'zod';
import { statement } from '$lib/server/db/statements';
import { found, participantOf, type Context } from '$lib/server/workshops/command';
import { handlers } from '$lib/server/workshops/handlers';
import * as schemas from './schemas';
import { RATING } from './slice.server';

export function setRating(ctx: Context, input: z.output<typeof schemas.ratingSchema>) {
	const participantId = participantOf(ctx);
	const action = statement(
		"SELECT 1 FROM cards WHERE id = ? AND workshop_id = ? AND kind = 'action' AND hidden = 0 AND merged_into IS NULL"
	).get(input.actionId, ctx.workshopId);
	found(action);
	statement(
		`INSERT INTO action_ratings (participant_id, action_id, necessity, importance, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (participant_id, action_id) DO UPDATE SET necessity = excluded.necessity,
			importance = excluded.importance, updated_at = excluded.updated_at`
	).run(participantId, input.actionId, input.necessity, input.importance, ctx.now);
	ctx.change.touch(RATING.ratings, input.actionId);
	ctx.change.progress = true;
	ctx.change.mine.add(participantId);
}

export function carryRatings(ctx: Context, sourceId: string, targetId: string) {
	const merged = statement('SELECT id FROM cards WHERE merged_into = ?', { pluck: true }).all(
		targetId
	) as string[];
	statement(
		`INSERT OR IGNORE INTO action_ratings (participant_id, action_id, necessity, importance, updated_at)
		SELECT participant_id, ?, necessity, importance, updated_at FROM action_ratings WHERE action_id = ?`
	).run(targetId, sourceId);
	statement('DELETE FROM action_ratings WHERE action_id = ?').run(sourceId);
	ctx.change.touch(RATING.ratings, sourceId, targetId, ...merged);
}

export const participantHandlers = handlers(schemas.participantEvents, {
	'rating:set': setRating
});
