// The steps and their timer: what the dashboard sends to move the room, run the clock, lock input,
// reveal results and edit a step.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { event } from './event';

export const stepNumber = z.int().min(1).max(100);

export const stepSetSchema = z.strictObject({ step: stepNumber });

export const timerSchema = z.strictObject({
	step: stepNumber,
	action: z.enum(['start', 'pause', 'reset', 'add']),
	/** For `add`: seconds to add (negative takes time off). */
	seconds: z.int().min(-3600).max(3600).optional()
});

export const stepFlagsSchema = z.strictObject({
	step: stepNumber,
	locked: z.boolean().optional(),
	revealed: z.boolean().optional()
});

export const stepEditSchema = z.strictObject({
	number: stepNumber,
	minutes: z.int().min(1).max(LIMITS.stepMinutesMax),
	titleNl: z.string().trim().min(1).max(LIMITS.stepTitle),
	titleEn: z.string().trim().min(1).max(LIMITS.stepTitle),
	questionNl: z.string().trim().min(1).max(LIMITS.stepQuestion),
	questionEn: z.string().trim().min(1).max(LIMITS.stepQuestion),
	notes: z.string().trim().max(LIMITS.notes)
});

export const facilitatorEvents = {
	'step:set': event(stepSetSchema, 'step'),
	'timer:control': event(timerSchema, 'none'),
	'step:flags': event(stepFlagsSchema, 'none'),
	'step:edit': event(stepEditSchema, 'none')
};
