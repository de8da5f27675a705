import { z } from 'zod';

/** The code typed on the start page; normalised and checked against the alphabet later. */
export const joinCodeSchema = z.object({
	code: z.string().trim().min(1, { error: 'code_required' }).max(20, { error: 'code_unknown' })
});
