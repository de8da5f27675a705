import { z } from 'zod';
import { LIMITS } from '../limits';
import { DEFAULT_METHOD, OFFERED_METHODS } from '../methods';

export const workshopSchema = z.object({
	title: z
		.string()
		.trim()
		.min(1, { error: 'title_required' })
		.max(LIMITS.title, { error: 'title_too_long' }),
	organisation: z
		.string()
		.trim()
		.min(1, { error: 'organisation_required' })
		.max(LIMITS.organisation, { error: 'organisation_too_long' }),
	caseDescription: z.string().trim().max(LIMITS.caseDescription, { error: 'case_too_long' }),
	scheduledOn: z.iso.date({ error: 'date_invalid' }),
	language: z.enum(['nl', 'en'], { error: 'language_invalid' }),
	method: z
		.string()
		.refine((key) => OFFERED_METHODS.some((m) => m.key === key), { error: 'method_invalid' })
		.default(DEFAULT_METHOD)
});
export type WorkshopInput = z.infer<typeof workshopSchema>;
