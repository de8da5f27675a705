import { z } from 'zod';
import { STEP_COUNT } from '../codio/steps';

export const stepSetSchema = z.strictObject({
	step: z.int().min(1).max(STEP_COUNT)
});
export type StepSetPayload = z.infer<typeof stepSetSchema>;

/** Events without data take nothing, or an empty object. */
export const emptyPayloadSchema = z.union([z.undefined(), z.strictObject({})]);
