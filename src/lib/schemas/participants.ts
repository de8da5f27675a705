// Participants: the name a phone joins with, the profile it gives in the opening, and the
// facilitator taking someone out of the room.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { PERSPECTIVES } from '../vocabulary';
import { id } from './common';
import { event } from './event';

/** The name a participant picks; empty means "give me one". */
export const participantNameSchema = z.object({
	displayName: z
		.string()
		.trim()
		.max(LIMITS.participantName, { error: 'name_too_long' })
		.refine((name) => !/[<>]/.test(name), { error: 'name_invalid' })
});

export const profileSchema = z.strictObject({
	perspective: z.enum(PERSPECTIVES),
	role: z.string().trim().max(LIMITS.role),
	/** The perspective at the table they bring: one of the workshop's seats (checked), or none. */
	seat: id.nullable().default(null)
});

export const participantRemoveSchema = z.strictObject({ participantId: id });

export const participantEvents = {
	'profile:set': event(profileSchema, 'mine')
};

export const facilitatorEvents = {
	'participant:remove': event(participantRemoveSchema, 'none')
};
