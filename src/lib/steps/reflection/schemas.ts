// The reflection's one event: how well a principle is safeguarded (1–5), with a comment.
import { z } from 'zod';
import { LIMITS } from '../../limits';
import { id } from '../../schemas/common';
import { event } from '../../schemas/event';

export const reflectionSchema = z.strictObject({
	principleKey: id,
	score: z.int().min(1).max(5),
	comment: z.string().trim().max(LIMITS.reflectionComment).default('')
});

export const participantEvents = { 'reflection:set': event(reflectionSchema, 'mine') };
export const facilitatorEvents = {};
