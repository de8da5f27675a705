// The JSON archive of a workshop: everything it produced, with references between its parts that
// do not depend on database ids, so it can be imported again and fingerprinted. These are its core
// fields; each step kind adds its own (its record part, in its folder), and the server joins them
// into the schema an import is checked against (src/lib/server/export/record-schema.ts). Version 2
// records the method and each step's kind; version 1 (the six CODIO steps) is still read.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { isStepKind, type StepKindTypes } from '../steps';
import { CARD_KINDS, COMMITMENT_STATUSES, PERSPECTIVES } from '../vocabulary';

/** A reference to a participant (p1), a value (v1) or a card (c1) within one record. */
export const ref = z.string().regex(/^[pvc]\d{1,5}$/);
const text = (max: number) => z.string().max(max);

export const RECORD_FORMAT = 'goed-digitaal-bestuur/workshop';

export const RECORD_VERSION = 2;

export const stepV1 = z.strictObject({
	number: z.int().min(1).max(6),
	titleNl: text(LIMITS.stepTitle),
	titleEn: text(LIMITS.stepTitle),
	questionNl: text(LIMITS.stepQuestion),
	questionEn: text(LIMITS.stepQuestion),
	minutes: z.int().min(0).max(1440),
	notes: text(LIMITS.notes),
	locked: z.boolean(),
	revealed: z.boolean()
});

const stepV2 = stepV1.extend({
	number: z.int().min(1).max(100),
	kind: z.string().refine(isStepKind, { error: 'unknown step kind' })
});

/** The core's fields: the workshop, its catalogue, who took part, the cards and commitments. */
export const coreContent = {
	workshop: z.strictObject({
		title: text(LIMITS.title).min(1),
		organisation: text(LIMITS.organisation).min(1),
		caseDescription: text(LIMITS.caseDescription),
		scheduledOn: z.iso.date(),
		language: z.enum(['nl', 'en']),
		facilitator: text(LIMITS.facilitatorName),
		currentStep: z.int().min(1).max(100),
		dotBudget: z.int().min(1).max(LIMITS.dotsMax),
		maxDotsPerValue: z.int().min(1).max(LIMITS.dotsMax)
	}),
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
				name: text(LIMITS.participantName).min(1),
				perspective: z.enum(PERSPECTIVES).nullable(),
				role: text(LIMITS.role)
			})
		)
		.max(5000),
	values: z
		.array(
			z.strictObject({
				ref,
				principleKey: text(64),
				nameNl: text(LIMITS.valueName),
				nameEn: text(LIMITS.valueName),
				descriptionNl: text(LIMITS.valueDescription),
				descriptionEn: text(LIMITS.valueDescription),
				hidden: z.boolean(),
				selected: z.boolean(),
				addedBy: ref.nullable()
			})
		)
		.max(500),
	cards: z
		.array(
			z.strictObject({
				ref,
				kind: z.enum(CARD_KINDS),
				text: text(LIMITS.cardText).min(1),
				cluster: text(LIMITS.cluster),
				hidden: z.boolean(),
				mergedInto: ref.nullable(),
				selected: z.boolean(),
				values: z.array(ref).max(100),
				addedBy: ref.nullable()
			})
		)
		.max(10_000),
	commitments: z
		.array(
			z.strictObject({
				card: ref,
				owner: text(LIMITS.owner),
				dueOn: z.iso.date().nullable(),
				// Archives made before the follow-up's status words said "in_progress" for "on track".
				status: z.preprocess(
					(status) => (status === 'in_progress' ? 'on_track' : status),
					z.enum(COMMITMENT_STATUSES)
				),
				note: text(LIMITS.statusNote).default(''),
				volunteers: z.array(ref).max(5000)
			})
		)
		.max(5000)
};

/** An archive's core fields (the server checks the whole, with every kind's fields). */
export const coreRecordSchema = z.strictObject({
	format: z.literal(RECORD_FORMAT),
	version: z.literal(RECORD_VERSION),
	method: text(64).min(1),
	steps: z.array(stepV2).min(1).max(100),
	...coreContent
});

type Joined<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
	? I
	: never;

/** An archive as the app writes it today: the core's fields and every kind's. */
export type WorkshopRecord = z.infer<typeof coreRecordSchema> &
	Partial<Joined<StepKindTypes['record']>>;

/** An archive from before methods and step kinds: always the six CODIO steps. */
export type WorkshopRecordV1 = Omit<WorkshopRecord, 'version' | 'method' | 'steps'> & {
	version: 1;
	steps: z.infer<typeof stepV1>[];
};

/** The kinds of the six steps every version-1 archive has, in order. */
export const V1_KINDS = ['opening', 'case', 'values', 'actions', 'rating', 'commitments'] as const;

/** The record as version 1 wrote it, for fingerprints issued then (CODIO workshops only). */
export function recordAsVersion1(record: WorkshopRecord): WorkshopRecordV1 | null {
	const { method, steps, ...rest } = record;
	const kinds = steps.map((s) => s.kind).join();
	if (method !== 'codio' || kinds !== V1_KINDS.join()) return null;
	return { ...rest, version: 1, steps: steps.map(({ kind: _kind, ...step }) => step) };
}
