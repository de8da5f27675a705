// The closing's one event: what a participant takes away (empty takes it back).
import { z } from 'zod';
import { LIMITS } from '../../limits';
import { event } from '../../schemas/event';

export const closingSchema = z.strictObject({ text: z.string().trim().max(LIMITS.closingNote) });

export const participantEvents = { 'closing:set': event(closingSchema, 'mine') };
export const facilitatorEvents = {};
