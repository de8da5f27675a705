// Payloads only the facilitator's dashboard sends.
import { z } from 'zod';
import { STEP_COUNT } from '../codio/steps';
import { COMMITMENT_STATUSES } from '../workshop/state';

const id = z.string().min(1).max(64);
const stepNumber = z.int().min(1).max(STEP_COUNT);

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
	minutes: z.int().min(1).max(240),
	titleNl: z.string().trim().min(1).max(120),
	titleEn: z.string().trim().min(1).max(120),
	questionNl: z.string().trim().min(1).max(400),
	questionEn: z.string().trim().min(1).max(400),
	notes: z.string().trim().max(4000)
});

export const cardEditSchema = z.strictObject({
	id,
	text: z.string().trim().min(1).max(280).optional(),
	cluster: z.string().trim().max(60).optional(),
	hidden: z.boolean().optional()
});

export const cardMergeSchema = z.strictObject({ sourceId: id, targetId: id });

export const facilitatorActionSchema = z.strictObject({
	text: z.string().trim().min(1).max(280),
	valueIds: z.array(id).max(40)
});

export const actionLinkSchema = z.strictObject({ actionId: id, valueIds: z.array(id).max(40) });

export const actionSelectSchema = z.strictObject({ actionId: id, selected: z.boolean() });

export const valueSelectSchema = z.strictObject({ valueId: id, selected: z.boolean() });

export const valueEditSchema = z.strictObject({
	id,
	nameNl: z.string().trim().min(1).max(60),
	nameEn: z.string().trim().min(1).max(60),
	descriptionNl: z.string().trim().max(280),
	descriptionEn: z.string().trim().max(280),
	principleKey: id,
	hidden: z.boolean()
});

export const valueCreateSchema = z.strictObject({
	principleKey: id,
	nameNl: z.string().trim().min(1).max(60),
	nameEn: z.string().trim().min(1).max(60),
	descriptionNl: z.string().trim().max(280).default(''),
	descriptionEn: z.string().trim().max(280).default('')
});

export const votingRulesSchema = z
	.strictObject({
		budget: z.int().min(1).max(20),
		maxPerValue: z.int().min(1).max(20)
	})
	.refine((rules) => rules.maxPerValue <= rules.budget, { error: 'maxPerValue above budget' });

export const tensionHideSchema = z.strictObject({ id, hidden: z.boolean() });

/** Only the fields that changed: two quick edits in a row must not undo each other. */
export const commitmentUpdateSchema = z
	.strictObject({
		id,
		owner: z.string().trim().max(120).optional(),
		dueOn: z.iso.date().nullable().optional(),
		status: z.enum(COMMITMENT_STATUSES).optional()
	})
	.refine((c) => c.owner !== undefined || c.dueOn !== undefined || c.status !== undefined, {
		error: 'nothing to change'
	});

export const participantRemoveSchema = z.strictObject({ participantId: id });

export const joinLockSchema = z.strictObject({ locked: z.boolean() });
