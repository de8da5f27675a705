// The schema an archive is checked against on import: the core's fields (src/lib/schemas/record.ts)
// and every step kind's record part, for today's version and for version 1 (the six CODIO steps).
import { z } from 'zod';
import {
	RECORD_FORMAT,
	RECORD_VERSION,
	V1_KINDS,
	coreContent,
	coreRecordSchema,
	stepV1,
	type WorkshopRecord
} from '$lib/schemas/record';
import { RECORD_PARTS } from '../kinds';

const kindContent = Object.fromEntries(
	RECORD_PARTS.flatMap((part) => Object.entries(part.shape as Record<string, z.ZodType>)).map(
		([name, schema]) => [name, z.optional(schema)]
	)
);

/**
 * Today's archive: the core's fields and each kind's. Joined at run time from the kinds that are
 * here, so typed once here as the record the kinds' own types describe.
 */
const currentSchema = coreRecordSchema.extend(kindContent);
export const workshopRecordSchema = currentSchema as unknown as z.ZodType<WorkshopRecord, unknown>;

const workshopRecordV1Schema = z.strictObject({
	format: z.literal(RECORD_FORMAT),
	version: z.literal(1),
	steps: z.array(stepV1).length(6),
	...coreContent,
	...kindContent
});

/** Reads an archive of either version as a record of today's version. */
export const anyRecordSchema = z
	.discriminatedUnion('version', [currentSchema, workshopRecordV1Schema])
	.transform((record): WorkshopRecord => {
		if (record.version === RECORD_VERSION) return record as WorkshopRecord;
		return {
			...record,
			version: RECORD_VERSION,
			method: 'codio',
			steps: (record.steps as z.infer<typeof stepV1>[]).map((step) => ({
				...step,
				kind: V1_KINDS[step.number - 1]!
			}))
		} as WorkshopRecord;
	});
