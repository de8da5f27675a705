// The room: whether new participants may still join, what the beamer shows besides the step, and
// turning the beamer's page.
import { z } from 'zod';
import { event } from './event';

export const joinLockSchema = z.strictObject({ locked: z.boolean() });

export const displaySchema = z
	.strictObject({
		join: z.enum(['auto', 'shown', 'hidden']).optional(),
		closingNotes: z.boolean().optional(),
		chime: z.boolean().optional()
	})
	.refine((d) => d.join !== undefined || d.closingNotes !== undefined || d.chime !== undefined, {
		error: 'nothing to change'
	});

export const beamerPageSchema = z.strictObject({ delta: z.union([z.literal(1), z.literal(-1)]) });

export const facilitatorEvents = {
	'workshop:join-lock': event(joinLockSchema, 'none'),
	'display:set': event(displaySchema, 'none'),
	/** Turns the beamer's page (when its content does not fit on one screen). */
	'beamer:page': event(beamerPageSchema, 'none')
};
