// What the facilitator fills in before the day: purpose and plan, the people invited, and the
// perspectives worth having at the table.
import { z } from 'zod';
import { LIMITS } from '../limits';

const optional = (max: number, error: string) => z.string().trim().max(max, { error });

export const planSchema = z.object({
	purpose: optional(LIMITS.purpose, 'purpose_too_long'),
	caseDescription: optional(LIMITS.caseDescription, 'case_too_long'),
	location: optional(LIMITS.location, 'location_too_long'),
	startsAt: z
		.union([z.literal(''), z.string().regex(/^[0-2]\d:[0-5]\d$/, { error: 'time_invalid' })])
		.transform((t) => t || null)
});

export const inviteeSchema = z.object({
	name: z
		.string()
		.trim()
		.min(1, { error: 'name_required' })
		.max(LIMITS.owner, { error: 'invitee_name_too_long' }),
	email: z
		.string()
		.trim()
		.pipe(z.union([z.literal(''), z.email({ error: 'email_or_empty' }).max(LIMITS.email)]))
		.transform((e) => e || null),
	role: optional(LIMITS.role, 'role_too_long'),
	side: z.enum(['', 'internal', 'external'], { error: 'side_invalid' }).transform((s) => s || null),
	seat: z
		.string()
		.max(64)
		.transform((s) => s || null)
});

/** The list of perspectives, posted as parallel fields; a row with an empty name is dropped. */
export const seatsSchema = z
	.object({
		key: z.array(z.string().max(64)),
		nl: z.array(z.string().trim().max(LIMITS.seatName, { error: 'seat_too_long' })),
		en: z.array(z.string().trim().max(LIMITS.seatName, { error: 'seat_too_long' })),
		remove: z.array(z.string().max(64))
	})
	.transform(({ key, nl, en, remove }) => ({
		seats: nl
			.map((name, i) => ({ key: key[i] || undefined, nl: name, en: en[i] ?? '' }))
			.filter((seat) => seat.nl && !(seat.key && remove.includes(seat.key)))
			.slice(0, 40)
	}));
