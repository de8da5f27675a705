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

/** A follow-up session: its title and date (the rest comes from the workshop it follows). */
export const followUpSchema = z.object({
	title: z
		.string()
		.trim()
		.min(1, { error: 'title_required' })
		.max(LIMITS.title, { error: 'title_too_long' }),
	scheduledOn: z.iso.date({ error: 'date_invalid' })
});

/** An invitation to facilitate: the colleague's address. */
export const inviteSchema = z.object({
	email: z
		.string()
		.trim()
		.toLowerCase()
		.pipe(z.email({ error: 'email_invalid' }))
});

/** How many days after the workshop its participants' data is kept. */
export const retentionSchema = z.object({
	retentionDays: z.coerce
		.number({ error: 'retention_invalid' })
		.int({ error: 'retention_invalid' })
		.min(1, { error: 'retention_invalid' })
		.max(LIMITS.retentionDaysMax, { error: 'retention_invalid' })
});
