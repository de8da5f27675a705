import { z } from 'zod';
import { stepNumber } from './facilitation';

export const stepSetSchema = z.strictObject({
	step: stepNumber
});
export type StepSetPayload = z.infer<typeof stepSetSchema>;

/** Events without data take nothing, or an empty object. */
export const emptyPayloadSchema = z.union([z.undefined(), z.strictObject({})]);
