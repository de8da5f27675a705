// The workshop's own copy of its value catalogue, as the facilitator edits it.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { id } from './common';
import { event } from './event';

export const valueSelectSchema = z.strictObject({ valueId: id, selected: z.boolean() });

export const valueEditSchema = z.strictObject({
	id,
	nameNl: z.string().trim().min(1).max(LIMITS.valueName),
	nameEn: z.string().trim().min(1).max(LIMITS.valueName),
	descriptionNl: z.string().trim().max(LIMITS.valueDescription),
	descriptionEn: z.string().trim().max(LIMITS.valueDescription),
	principleKey: id,
	hidden: z.boolean()
});

export const valueCreateSchema = z.strictObject({
	principleKey: id,
	nameNl: z.string().trim().min(1).max(LIMITS.valueName),
	nameEn: z.string().trim().min(1).max(LIMITS.valueName),
	descriptionNl: z.string().trim().max(LIMITS.valueDescription).default(''),
	descriptionEn: z.string().trim().max(LIMITS.valueDescription).default('')
});

export const facilitatorEvents = {
	'value:select': event(valueSelectSchema, 'none'),
	'value:edit': event(valueEditSchema, 'none'),
	'value:create': event(valueCreateSchema, 'none')
};
