// The commitments aggregate: the actions the room chose, who does them and by when, how they stand,
// who volunteered, and every change with who made it and how (on the dashboard or action list, by
// the owner's status link, or in a follow-up's status round). Its commands are the only writers of
// `commitments`, `commitment_volunteers` and `commitment_history`.
import type { z } from 'zod';
import * as schemas from '$lib/schemas/commitments';
import { isClosed, type ChangeVia, type CommitmentStatus } from '$lib/vocabulary';
import { statement } from '../db/statements';
import { newId } from '../ids';
import type { OpenCommitment } from '../read-model/commitments';
import { notCarried } from './carried';
import { insertCard, update as updateCard } from './cards';
import { CORE } from './change';
import { DomainError, facilitatorOf, found, participantOf, type Context } from './command';
import { handlers } from './handlers';
import { noteUse, revokeForNewOwner } from './secret-links';

export { schemas };

type Input<Schema extends z.ZodType> = z.output<Schema>;

/** Commitments of an action (none, or the one made when it was chosen). */
export function commitmentsOfAction(ctx: Context, actionId: string): string[] {
	return statement('SELECT id FROM commitments WHERE action_id = ? AND workshop_id = ?', {
		pluck: true
	}).all(actionId, ctx.workshopId) as string[];
}

/** Chooses an action for the action list (making its commitment) or takes it off again. */
export function selectAction(ctx: Context, input: Input<typeof schemas.actionSelectSchema>) {
	facilitatorOf(ctx);
	const before = commitmentsOfAction(ctx, input.actionId);
	const isAction = statement(
		"SELECT 1 FROM cards WHERE id = ? AND workshop_id = ? AND kind = 'action'"
	).get(input.actionId, ctx.workshopId);
	found(isAction);
	updateCard(ctx, input.actionId, { selected: input.selected });
	if (input.selected) {
		statement(
			'INSERT OR IGNORE INTO commitments (id, workshop_id, action_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'
		).run(newId(), ctx.workshopId, input.actionId, ctx.now, ctx.now);
	} else {
		// Keep a commitment someone already worked on; drop an untouched one.
		statement(
			`DELETE FROM commitments WHERE action_id = ? AND owner = '' AND due_on IS NULL
			AND status = 'open' AND carried_from IS NULL
			AND NOT EXISTS (SELECT 1 FROM commitment_volunteers v WHERE v.commitment_id = commitments.id)
			AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.carried_from = commitments.id)`
		).run(input.actionId);
	}
	ctx.change.touch(CORE.commitments, ...before, ...commitmentsOfAction(ctx, input.actionId));
}

/** A commitment the facilitator formulates directly (an action chosen at once). */
export function addCommitment(ctx: Context, input: Input<typeof schemas.actionTextSchema>) {
	facilitatorOf(ctx);
	const actionId = insertCard(ctx, 'action', input.text, null, input.valueIds);
	selectAction(ctx, { actionId, selected: true });
}

export interface CommitmentChanges {
	owner?: string;
	/** '' removes the address. */
	ownerEmail?: string;
	dueOn?: string | null;
	status?: CommitmentStatus;
	note?: string;
	/** '' removes the reference. */
	measureUrn?: string;
}

const FIELDS = [
	['owner', 'owner'],
	['ownerEmail', 'owner_email'],
	['dueOn', 'due_on'],
	['status', 'status'],
	['note', 'note'],
	['measureUrn', 'measure_urn']
] as const;

/**
 * Changes a commitment's owner, address, due date, status or note, and writes each field that
 * changed to its history with who changed it and how. Returns the fields that changed; NOT_FOUND
 * when the workshop has no such commitment.
 */
export function change(
	ctx: Context,
	commitmentId: string,
	changes: CommitmentChanges,
	changedBy: string,
	via: ChangeVia
): string[] {
	const before = statement(
		`SELECT owner, owner_email, due_on, status, note, measure_urn FROM commitments
		WHERE id = ? AND workshop_id = ?`
	).get(commitmentId, ctx.workshopId) as Record<string, string | null> | undefined;
	if (!before) throw new DomainError('NOT_FOUND');
	notCarried(commitmentId);
	const after = { ...before };
	const changed: string[] = [];
	for (const [key, column] of FIELDS) {
		let value = changes[key];
		if (value === undefined) continue;
		if ((key === 'ownerEmail' || key === 'measureUrn') && value === '') value = null;
		if (value === before[column]) continue;
		after[column] = value;
		changed.push(column);
	}
	// An owner's report by link reaches the screens coalesced: a burst of them is one patch.
	ctx.change.touch(via === 'link' ? CORE.reported : CORE.commitments, commitmentId);
	if (changed.length === 0) return changed;
	statement(
		`UPDATE commitments SET owner = ?, owner_email = ?, due_on = ?, status = ?, note = ?,
			measure_urn = ?, updated_at = ? WHERE id = ?`
	).run(
		after.owner,
		after.owner_email,
		after.due_on,
		after.status,
		after.note,
		after.measure_urn,
		ctx.now,
		commitmentId
	);
	const record = statement(
		`INSERT INTO commitment_history (commitment_id, changed_at, changed_by, via, field, old_value, new_value)
		VALUES (?, ?, ?, ?, ?, ?, ?)`
	);
	for (const column of changed) {
		record.run(commitmentId, ctx.now, changedBy, via, column, before[column], after[column]);
	}
	if (changed.includes('owner') || changed.includes('owner_email')) {
		revokeForNewOwner(ctx, commitmentId);
	}
	return changed;
}

/** The facilitator's edit, from the dashboard or the action list. */
export function updateCommitment(
	ctx: Context,
	input: Input<typeof schemas.commitmentUpdateSchema>
) {
	const { displayName } = facilitatorOf(ctx);
	const { id, ...changes } = input;
	change(ctx, id, changes, displayName, 'facilitator');
}

/** A phone offers (or stops offering) to take a commitment on. */
export function volunteer(ctx: Context, input: Input<typeof schemas.volunteerSchema>) {
	const participantId = participantOf(ctx);
	const commitment = statement(
		'SELECT status FROM commitments WHERE id = ? AND workshop_id = ?'
	).get(input.commitmentId, ctx.workshopId) as { status: CommitmentStatus } | undefined;
	if (!commitment) throw new DomainError('NOT_FOUND');
	if (input.volunteer) {
		if (isClosed(commitment.status)) throw new DomainError('CLOSED');
		statement(
			'INSERT OR IGNORE INTO commitment_volunteers (commitment_id, participant_id, created_at) VALUES (?, ?, ?)'
		).run(input.commitmentId, participantId, ctx.now);
	} else {
		statement(
			'DELETE FROM commitment_volunteers WHERE commitment_id = ? AND participant_id = ?'
		).run(input.commitmentId, participantId);
	}
	ctx.change.touch(CORE.commitments, input.commitmentId);
	ctx.change.mine.add(participantId);
}

/** The owner's report through their status link: that one commitment only. */
export function reportByLink(ctx: Context, input: Input<typeof schemas.statusReportSchema>) {
	if (ctx.actor.kind !== 'owner') throw new DomainError('FORBIDDEN');
	const { commitmentId } = ctx.actor;
	const owner = statement('SELECT owner FROM commitments WHERE id = ? AND workshop_id = ?', {
		pluck: true
	}).get(commitmentId, ctx.workshopId) as string | undefined;
	if (owner === undefined) throw new DomainError('NOT_FOUND');
	change(ctx, commitmentId, { status: input.status, note: input.note }, owner, 'link');
	noteUse(ctx, ctx.actor.linkId);
}

export const participantHandlers = handlers(schemas.participantEvents, {
	'commitment:volunteer': volunteer
});

export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'action:select': selectAction,
	'commitment:add': addCommitment,
	'commitment:update': updateCommitment
});

/**
 * Carries an earlier session's commitment into this workshop (a follow-up): a new row that names
 * the one it continues, with its action, owner, due date, status and note; `valueIds` are this
 * workshop's values that stand for the earlier ones. Returns the new commitment's id.
 */
export function carry(ctx: Context, open: OpenCommitment, valueIds: string[]) {
	const actionId = insertCard(ctx, 'action', open.text, null, valueIds);
	updateCard(ctx, actionId, { selected: true });
	const id = newId();
	statement(
		`INSERT INTO commitments (id, workshop_id, action_id, owner, owner_email, due_on, status, note,
			measure_urn, carried_from, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		id,
		ctx.workshopId,
		actionId,
		open.owner,
		open.ownerEmail,
		open.dueOn,
		open.status,
		open.note,
		open.measureUrn,
		open.id,
		ctx.now,
		ctx.now
	);
	ctx.change.touch(CORE.commitments, id);
	return id;
}
