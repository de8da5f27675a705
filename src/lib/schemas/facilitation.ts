// Payloads only the facilitator's dashboard sends.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { COMMITMENT_STATUSES } from '../workshop/state';

const id = z.string().min(1).max(64);
export const stepNumber = z.int().min(1).max(100);

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

export const cardEditSchema = z.strictObject({
	id,
	text: z.string().trim().min(1).max(LIMITS.cardText).optional(),
	cluster: z.string().trim().max(LIMITS.cluster).optional(),
	hidden: z.boolean().optional()
});

export const cardMergeSchema = z.strictObject({ sourceId: id, targetId: id });

export const facilitatorActionSchema = z.strictObject({
	text: z.string().trim().min(1).max(LIMITS.cardText),
	valueIds: z.array(id).max(40)
});

/** A commitment the facilitator formulates at once (an action that is chosen straight away). */
export const commitmentAddSchema = facilitatorActionSchema;

export const actionLinkSchema = z.strictObject({ actionId: id, valueIds: z.array(id).max(40) });

export const actionSelectSchema = z.strictObject({ actionId: id, selected: z.boolean() });

export const valueSelectSchema = z.strictObject({ valueId: id, selected: z.boolean() });

export const valueEditSchema = z.strictObject({
	id,
	nameNl: z.string().trim().min(1).max(LIMITS.valueName),
	nameEn: z.string().trim().min(1).max(LIMITS.valueName),
	descriptionNl: z.string().trim().max(LIMITS.valueDescription),
	descriptionEn: z.string().trim().max(LIMITS.valueDescription),
	principleKey: id,
	hidden: z.boolean()
});

export const valueCreateSchema = z.strictObject({
	principleKey: id,
	nameNl: z.string().trim().min(1).max(LIMITS.valueName),
	nameEn: z.string().trim().min(1).max(LIMITS.valueName),
	descriptionNl: z.string().trim().max(LIMITS.valueDescription).default(''),
	descriptionEn: z.string().trim().max(LIMITS.valueDescription).default('')
});

export const votingRulesSchema = z
	.strictObject({
		budget: z.int().min(1).max(LIMITS.dotsMax),
		maxPerValue: z.int().min(1).max(LIMITS.dotsMax)
	})
	.refine((rules) => rules.maxPerValue <= rules.budget, { error: 'maxPerValue above budget' });

export const tensionHideSchema = z.strictObject({ id, hidden: z.boolean() });

/** A measure of the national Algoritmekader, by its URN, e.g. urn:nl:ak:mtr:pba-04. */
export const MEASURE_URN = /^urn:nl:ak:mtr:[a-z0-9]+(-[a-z0-9]+)*$/;

/** Only the fields that changed: two quick edits in a row must not undo each other. */
export const commitmentUpdateSchema = z
	.strictObject({
		id,
		owner: z.string().trim().max(LIMITS.owner).optional(),
		dueOn: z.iso.date().nullable().optional(),
		ownerEmail: z.union([z.literal(''), z.email().max(LIMITS.email)]).optional(),
		status: z.enum(COMMITMENT_STATUSES).optional(),
		note: z.string().trim().max(LIMITS.statusNote).optional(),
		measureUrn: z.union([z.literal(''), z.string().regex(MEASURE_URN)]).optional()
	})
	.refine((c) => Object.values(c).filter((v) => v !== undefined).length > 1, {
		error: 'nothing to change'
	});

export const participantRemoveSchema = z.strictObject({ participantId: id });

export const joinLockSchema = z.strictObject({ locked: z.boolean() });

export const displaySchema = z
	.strictObject({
		join: z.enum(['auto', 'shown', 'hidden']).optional(),
		closingNotes: z.boolean().optional(),
		chime: z.boolean().optional()
	})
	.refine((d) => d.join !== undefined || d.closingNotes !== undefined || d.chime !== undefined, {
		error: 'nothing to change'
	});

export const beamerPageSchema = z.strictObject({ delta: z.union([z.literal(1), z.literal(-1)]) });
