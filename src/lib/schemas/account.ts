import { z } from 'zod';
import { LIMITS } from '../limits';

const email = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email({ error: 'email_invalid' }).max(LIMITS.email, { error: 'email_invalid' }));

export const signUpSchema = z.object({
	email,
	displayName: z
		.string()
		.trim()
		.min(1, { error: 'name_required' })
		.max(LIMITS.facilitatorName, { error: 'name_too_long' }),
	password: z
		.string()
		.min(LIMITS.passwordMin, { error: 'password_too_short' })
		.max(LIMITS.passwordMax, { error: 'password_too_long' })
});
export const signInSchema = z.object({
	email,
	password: z
		.string()
		.min(1, { error: 'password_required' })
		.max(LIMITS.passwordMax, { error: 'password_too_long' })
});
