import { z } from 'zod';

export const workshopSchema = z.object({
	title: z
		.string()
		.trim()
		.min(1, { error: 'title_required' })
		.max(120, { error: 'title_too_long' }),
	organisation: z
		.string()
		.trim()
		.min(1, { error: 'organisation_required' })
		.max(120, { error: 'organisation_too_long' }),
	caseDescription: z.string().trim().max(4000, { error: 'case_too_long' }),
	scheduledOn: z.iso.date({ error: 'date_invalid' }),
	language: z.enum(['nl', 'en'], { error: 'language_invalid' })
});
export type WorkshopInput = z.infer<typeof workshopSchema>;
