// A workshop template: a method's steps and catalogue as an organisation edits them, in a JSON
// file that moves between accounts. Everything in it is checked on the way in: a malformed or
// hostile file gets a clear error and changes nothing.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { isMethodKey } from '../methods';
import { isStepKind } from '../steps';

export const TEMPLATE_FORMAT = 'goed-digitaal-bestuur/template';

const key = z.string().regex(/^[a-z0-9_-]{1,64}$/);
const localized = (max: number, min = 1) =>
	z.strictObject({ nl: z.string().trim().min(min).max(max), en: z.string().trim().max(max) });
const provenance = z
	.union([
		z.literal('reconstructed'),
		z.strictObject({ source: z.string().trim().min(1).max(500) })
	])
	.default('reconstructed');

const step = z.strictObject({
	kind: z.string().refine(isStepKind, { error: 'unknown step kind' }),
	minutes: z.int().min(1).max(LIMITS.stepMinutesMax),
	title: localized(LIMITS.stepTitle),
	question: localized(LIMITS.stepQuestion, 0),
	notes: localized(LIMITS.notes, 0)
});

const value = z.strictObject({
	key,
	name: localized(LIMITS.valueName),
	description: localized(LIMITS.valueDescription, 0),
	named: provenance,
	placement: provenance
});

export const templateSchema = z
	.strictObject({
		format: z.literal(TEMPLATE_FORMAT),
		version: z.literal(1),
		method: z.string().refine(isMethodKey, { error: 'unknown method' }),
		steps: z.array(step).min(1).max(20),
		catalogue: z.strictObject({
			foundations: z
				.array(
					z.strictObject({
						key,
						name: localized(LIMITS.valueName),
						principles: z
							.array(
								z.strictObject({
									key,
									name: localized(LIMITS.valueName),
									values: z.array(value).max(100)
								})
							)
							.min(1)
							.max(20)
					})
				)
				.min(1)
				.max(10)
		})
	})
	.refine(
		(t) => {
			const principles = t.catalogue.foundations.flatMap((f) => f.principles.map((p) => p.key));
			return new Set(principles).size === principles.length;
		},
		{ error: 'duplicate principle' }
	);

export type Template = z.output<typeof templateSchema>;
