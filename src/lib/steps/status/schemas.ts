// A follow-up's status round: the room says how a carried commitment stands, with a short note.
import { z } from 'zod';
import { LIMITS } from '../../limits';
import { id } from '../../schemas/common';
import { event } from '../../schemas/event';
import { COMMITMENT_STATUSES } from '../../vocabulary';

export const statusRoundSchema = z.strictObject({
	commitmentId: id,
	status: z.enum(COMMITMENT_STATUSES),
	note: z.string().trim().max(LIMITS.statusNote)
});

export const participantEvents = { 'status:report': event(statusRoundSchema, 'none') };
export const facilitatorEvents = {};
