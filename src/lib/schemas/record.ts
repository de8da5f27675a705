// The JSON archive of a workshop: everything it produced, with references between its parts that
// do not depend on database ids, so it can be imported again and fingerprinted.
import { z } from 'zod';
import { COMMITMENT_STATUSES } from '../workshop/state';

const ref = z.string().regex(/^[pvc]\d{1,5}$/);
const text = (max: number) => z.string().max(max);
const score = z.int().min(1).max(5);

export const RECORD_FORMAT = 'goed-digitaal-bestuur/workshop';

export const workshopRecordSchema = z.strictObject({
	format: z.literal(RECORD_FORMAT),
	version: z.literal(1),
	workshop: z.strictObject({
		title: text(120).min(1),
		organisation: text(120).min(1),
		caseDescription: text(4000),
		scheduledOn: z.iso.date(),
		language: z.enum(['nl', 'en']),
		facilitator: text(80),
		currentStep: z.int().min(1).max(6),
		dotBudget: z.int().min(1).max(20),
		maxDotsPerValue: z.int().min(1).max(20)
	}),
	steps: z
		.array(
			z.strictObject({
				number: z.int().min(1).max(6),
				titleNl: text(120),
				titleEn: text(120),
				questionNl: text(400),
				questionEn: text(400),
				minutes: z.int().min(0).max(1440),
				notes: text(4000),
				locked: z.boolean(),
				revealed: z.boolean()
			})
		)
		.length(6),
	principles: z
		.array(
			z.strictObject({
				key: text(64).min(1),
				foundationKey: text(64).min(1),
				foundationNl: text(120),
				foundationEn: text(120),
				nameNl: text(120),
				nameEn: text(120)
			})
		)
		.min(1)
		.max(50),
	participants: z
		.array(
			z.strictObject({
				ref,
				name: text(40).min(1),
				perspective: z.enum(['internal', 'external']).nullable(),
				role: text(80)
			})
		)
		.max(5000),
	values: z
		.array(
			z.strictObject({
				ref,
				principleKey: text(64),
				nameNl: text(60),
				nameEn: text(60),
				descriptionNl: text(280),
				descriptionEn: text(280),
				hidden: z.boolean(),
				selected: z.boolean(),
				addedBy: ref.nullable()
			})
		)
		.max(500),
	votes: z
		.array(z.strictObject({ participant: ref, value: ref, dots: z.int().min(1).max(20) }))
		.max(100_000),
	tensions: z
		.array(
			z.strictObject({
				valueA: ref,
				valueB: ref,
				note: text(280),
				hidden: z.boolean(),
				addedBy: ref.nullable()
			})
		)
		.max(1000),
	cards: z
		.array(
			z.strictObject({
				ref,
				kind: z.enum(['stakeholder', 'risk', 'dilemma', 'action']),
				text: text(280).min(1),
				cluster: text(60),
				hidden: z.boolean(),
				mergedInto: ref.nullable(),
				selected: z.boolean(),
				values: z.array(ref).max(100),
				addedBy: ref.nullable()
			})
		)
		.max(10_000),
	ratings: z
		.array(z.strictObject({ participant: ref, card: ref, necessity: score, importance: score }))
		.max(200_000),
	commitments: z
		.array(
			z.strictObject({
				card: ref,
				owner: text(120),
				dueOn: z.iso.date().nullable(),
				status: z.enum(COMMITMENT_STATUSES),
				volunteers: z.array(ref).max(5000)
			})
		)
		.max(5000),
	reflections: z
		.array(z.strictObject({ participant: ref, principleKey: text(64), score, comment: text(500) }))
		.max(100_000),
	closingNotes: z.array(z.strictObject({ participant: ref, text: text(1000).min(1) })).max(5000)
});

export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;
