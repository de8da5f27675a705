// A consent check's command: a participant's answer to the current step's proposal (answered
// again, it replaces the first). Writes `consent_answers`.
import type { z } from 'zod';
import { statement } from '$lib/server/db/statements';
import {
	DomainError,
	currentStep,
	participantOf,
	type Context
} from '$lib/server/workshops/command';
import { handlers } from '$lib/server/workshops/handlers';
import * as schemas from './schemas';
import { CONSENT } from './slice.server';

function setConsent(ctx: Context, input: z.output<typeof schemas.consentSchema>) {
	const participantId = participantOf(ctx);
	// An answer that waited offline while the room moved on to another consent step is refused.
	if (currentStep(ctx.workshopId).number !== input.step) throw new DomainError('WRONG_STEP');
	statement(
		`INSERT INTO consent_answers (participant_id, step, position, reason, updated_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (participant_id, step) DO UPDATE SET position = excluded.position,
			reason = excluded.reason, updated_at = excluded.updated_at`
	).run(participantId, input.step, input.position, input.reason, ctx.now);
	ctx.change.touch(CONSENT.steps, input.step);
	ctx.change.progress = true;
	ctx.change.mine.add(participantId);
}

export const participantHandlers = handlers(schemas.participantEvents, {
	'consent:set': setConsent
});
