import { z } from 'zod';
import { LIMITS } from '../limits';

/** The code typed on the start page; normalised and checked against the alphabet later. */
export const joinCodeSchema = z.object({
	code: z.string().trim().min(1, { error: 'code_required' }).max(20, { error: 'code_unknown' })
});

/** The name a participant picks; empty means "give me one". */
export const participantNameSchema = z.object({
	displayName: z
		.string()
		.trim()
		.max(LIMITS.participantName, { error: 'name_too_long' })
		.refine((name) => !/[<>]/.test(name), { error: 'name_invalid' })
});
