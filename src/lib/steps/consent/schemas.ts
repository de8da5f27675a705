// A consent check's one event: where a participant stands on the proposal of this step (the
// step's question), with a reason; an objection needs one.
import { z } from 'zod';
import { event } from '../../schemas/event';

import { POSITIONS, REASON_MAX, type Position } from '../shared/consent-rules';

export { POSITIONS, REASON_MAX, type Position };

export const consentSchema = z
	.strictObject({
		/** The step it answers: a write that waited offline for another step is refused. */
		step: z.int().min(1).max(100),
		position: z.enum(POSITIONS),
		reason: z.string().trim().max(REASON_MAX).default('')
	})
	.refine((answer) => answer.position !== 'object' || answer.reason.length > 0, {
		error: 'an objection needs a reason',
		path: ['reason']
	});

export const participantEvents = { 'consent:set': event(consentSchema, 'mine') };
export const facilitatorEvents = {};
