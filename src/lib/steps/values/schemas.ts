// The values step's events: phones add, rename and withdraw their own values, put dots on values
// and name tensions between two values; the facilitator sets the dot rules and hides tensions.
import { z } from 'zod';
import { LIMITS } from '../../limits';
import { clientId, id, shortText, withdrawSchema } from '../../schemas/common';
import { event } from '../../schemas/event';

export const ownValueSchema = z.strictObject({
	clientId,
	principleKey: id,
	name: shortText(LIMITS.valueName),
	description: z.string().trim().max(LIMITS.valueDescription).default('')
});

export const ownValueEditSchema = z.strictObject({ id, name: shortText(LIMITS.valueName) });

export const voteSchema = z.strictObject({
	valueId: id,
	dots: z.int().min(0).max(LIMITS.dotsMax)
});

export const tensionSchema = z.strictObject({
	clientId,
	valueAId: id,
	valueBId: id,
	note: z.string().trim().max(LIMITS.tensionNote).default('')
});

export const votingRulesSchema = z
	.strictObject({
		budget: z.int().min(1).max(LIMITS.dotsMax),
		maxPerValue: z.int().min(1).max(LIMITS.dotsMax)
	})
	.refine((rules) => rules.maxPerValue <= rules.budget, { error: 'maxPerValue above budget' });

export const tensionHideSchema = z.strictObject({ id, hidden: z.boolean() });

export const participantEvents = {
	'value:add': event(ownValueSchema, 'added'),
	'value:edit-own': event(ownValueEditSchema, 'mine'),
	'value:withdraw': event(withdrawSchema, 'mine'),
	'vote:set': event(voteSchema, 'mine'),
	'tension:add': event(tensionSchema, 'added')
};

export const facilitatorEvents = {
	'voting:rules': event(votingRulesSchema, 'none'),
	'tension:hide': event(tensionHideSchema, 'none')
};
