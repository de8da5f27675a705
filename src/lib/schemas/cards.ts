// Cards: what participants write in a step that asks for cards (stakeholders, risks, dilemmas,
// obstacles, help; actions are cards too), and the facilitator's moderation of them.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { CARD_KINDS } from '../vocabulary';
import { clientId, id, shortText, withdrawSchema } from './common';
import { event } from './event';

/** A card of one of the kinds the current step asks for (checked against the step's kind). */
export const cardAddSchema = z.strictObject({
	clientId,
	kind: z.enum(CARD_KINDS.filter((kind) => kind !== 'action')),
	text: shortText(LIMITS.cardText)
});

export const ownCardEditSchema = z.strictObject({ id, text: shortText(LIMITS.cardText) });

export const cardEditSchema = z.strictObject({
	id,
	text: z.string().trim().min(1).max(LIMITS.cardText).optional(),
	cluster: z.string().trim().max(LIMITS.cluster).optional(),
	hidden: z.boolean().optional()
});

export const cardMergeSchema = z.strictObject({ sourceId: id, targetId: id });

export const participantEvents = {
	'card:add': event(cardAddSchema, 'added'),
	// A participant's own card or action: edit or withdraw while its step is open.
	'card:edit-own': event(ownCardEditSchema, 'mine'),
	'card:withdraw': event(withdrawSchema, 'mine')
};

export const facilitatorEvents = {
	'card:edit': event(cardEditSchema, 'none'),
	'card:merge': event(cardMergeSchema, 'none')
};
