// The events of a `questions` step: a phone's draft answer and considerations for the current
// item; the facilitator's walk (which item the room is at), the agreed answer with the main
// considerations and a dissent, a hold for research (a commitment with an owner and a due date),
// an action point (one entry of a repeatable item, a commitment too), and ending or starting a
// session of the instrument.
import { z } from 'zod';
import { itemId } from '../../instruments/instrument';
import { event } from '../../schemas/event';

import { ANSWER_MAX, CONSIDERATIONS_MAX, DISSENT_MAX, DRAFT_MAX } from './limits';

export { ANSWER_MAX, CONSIDERATIONS_MAX, DISSENT_MAX, DRAFT_MAX };

const step = z.int().min(1).max(100);
const date = z.iso.date().nullable();

export const draftSchema = z.strictObject({
	step,
	item: itemId,
	text: z.string().trim().max(DRAFT_MAX),
	/** The options a phone chose, for a choice or a multiple choice. */
	choice: z.array(z.string().max(500)).max(200).default([])
});

export const goSchema = z.strictObject({ step, item: itemId });

export const agreeSchema = z.strictObject({
	item: itemId,
	/** Text or a date; a choice's value; several values; null clears it. */
	value: z.union([
		z.string().trim().max(ANSWER_MAX),
		z.array(z.string().max(500)).max(200),
		z.null()
	]),
	considerations: z.string().trim().max(CONSIDERATIONS_MAX).default(''),
	dissent: z.string().trim().max(DISSENT_MAX).default('')
});

export const holdSchema = z.strictObject({
	item: itemId,
	/** What is to be found out (defaults to the question). */
	text: z.string().trim().max(300).default(''),
	owner: z.string().trim().min(1).max(200),
	dueOn: date
});

export const entrySchema = z.strictObject({
	item: itemId,
	text: z.string().trim().min(1).max(300),
	owner: z.string().trim().max(200).default(''),
	dueOn: date.default(null)
});

export const sessionSchema = z.strictObject({ action: z.enum(['end', 'start']) });

export const participantEvents = { 'question:draft': event(draftSchema, 'mine') };
export const facilitatorEvents = {
	'question:go': event(goSchema, 'none'),
	'question:agree': event(agreeSchema, 'none'),
	'question:hold': event(holdSchema, 'added'),
	'question:entry': event(entrySchema, 'added'),
	'question:session': event(sessionSchema, 'none')
};
