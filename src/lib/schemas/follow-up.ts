// What comes in between sessions: an owner's status report through their status link.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { COMMITMENT_STATUSES } from '../workshop/state';

export const statusReportSchema = z.object({
	status: z.enum(COMMITMENT_STATUSES, { error: 'status_invalid' }),
	note: z.string().trim().max(LIMITS.statusNote, { error: 'note_too_long' })
});
