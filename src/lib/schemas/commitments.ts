// Commitments: what the room agreed on, who does it and by when, and how it stands. One schema per
// command, for the dashboard's socket and the action list's forms alike.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { COMMITMENT_STATUSES } from '../vocabulary';
import { id } from './common';
import { event } from './event';

/** A measure of the national Algoritmekader, by its URN, e.g. urn:nl:ak:mtr:pba-04. */
const MEASURE_URN = /^urn:nl:ak:mtr:[a-z0-9]+(-[a-z0-9]+)*$/;

const status = z.enum(COMMITMENT_STATUSES, { error: 'status_invalid' });
const note = z.string().trim().max(LIMITS.statusNote, { error: 'note_too_long' });

/**
 * Only the fields that changed (two quick edits in a row must not undo each other); a form sends
 * them all. An empty address, date or measure removes it.
 */
export const commitmentUpdateSchema = z
	.strictObject({
		id,
		owner: z.string().trim().max(LIMITS.owner, { error: 'owner_too_long' }).optional(),
		ownerEmail: z
			.string()
			.trim()
			.toLowerCase()
			.pipe(z.union([z.literal(''), z.email({ error: 'email_or_empty' }).max(LIMITS.email)]))
			.optional(),
		dueOn: z
			.union([z.literal(''), z.iso.date({ error: 'date_invalid' })])
			.nullable()
			.transform((date) => date || null)
			.optional(),
		status: status.optional(),
		note: note.optional(),
		measureUrn: z
			.string()
			.trim()
			.toLowerCase()
			.pipe(
				z.union([z.literal(''), z.string().regex(MEASURE_URN, { error: 'measure_urn_invalid' })])
			)
			.optional()
	})
	.refine((c) => Object.values(c).filter((v) => v !== undefined).length > 1, {
		error: 'nothing to change'
	});
/** An action the facilitator writes (and, for a commitment, chooses at once), linked to values. */
export const actionTextSchema = z.strictObject({
	text: z.string().trim().min(1).max(LIMITS.cardText),
	valueIds: z.array(id).max(40)
});

export const actionSelectSchema = z.strictObject({ actionId: id, selected: z.boolean() });

export const volunteerSchema = z.strictObject({ commitmentId: id, volunteer: z.boolean() });

/** How a commitment stands, with a short note: from its owner's status link. */
export const statusReportSchema = z.object({ status, note });

/** How many days before the due date owners get a reminder (0: none). */
export const reminderDaysSchema = z.object({
	days: z.coerce.number({ error: 'reminder_days_invalid' }).int().min(0).max(60)
});

export const participantEvents = {
	'commitment:volunteer': event(volunteerSchema, 'mine')
};

export const facilitatorEvents = {
	'action:select': event(actionSelectSchema, 'none'),
	/** A commitment the facilitator formulates at once (an action that is chosen straight away). */
	'commitment:add': event(actionTextSchema, 'none'),
	'commitment:update': event(commitmentUpdateSchema, 'none')
};
