// The organisation's forms: founding and naming it, inviting and placing members, its sign-in
// settings and its retention default. What a beheerder types is checked here, at the boundary.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { DEFAULT_ROLES, ROLES } from '../organisations';

const name = z
	.string()
	.trim()
	.min(1, { error: 'organisation_required' })
	.max(LIMITS.organisation, { error: 'organisation_too_long' });

export const organisationNameSchema = z.object({ name });

export const memberInviteSchema = z.object({
	email: z.email({ error: 'email_invalid' }).trim().toLowerCase().max(LIMITS.email),
	role: z.enum(ROLES, { error: 'role_invalid' })
});

export const memberRoleSchema = z.object({
	member: z.string().min(1).max(64),
	role: z.enum(ROLES, { error: 'role_invalid' })
});

export const memberSchema = z.object({ member: z.string().min(1).max(64) });
export const inviteEmailSchema = z.object({ email: z.string().trim().min(1).max(LIMITS.email) });
export const answerSchema = z.object({ organisation: z.string().min(1).max(64) });
export const signInKeySchema = z.object({ key: z.string().min(1).max(LIMITS.claimValue) });

/** One claim value per line (or separated by commas), at most 50 per role. */
const claimList = z
	.string()
	.max(50 * LIMITS.claimValue)
	.transform((text) => [
		...new Set(
			text
				.split(/[\n,]/)
				.map((v) => v.trim())
				.filter(Boolean)
		)
	])
	.pipe(
		z
			.array(z.string().max(LIMITS.claimValue, { error: 'claim_too_long' }))
			.max(50, { error: 'claims_too_many' })
	);

export const signInSettingsSchema = z.object({
	defaultRole: z.enum(DEFAULT_ROLES, { error: 'role_invalid' }),
	beheerder: claimList,
	begeleider: claimList,
	meekijker: claimList
});

export const retentionSchema = z.object({
	days: z.coerce
		.number({ error: 'retention_invalid' })
		.int({ error: 'retention_invalid' })
		.min(1, { error: 'retention_invalid' })
		.max(LIMITS.retentionDaysMax, { error: 'retention_invalid' })
});
