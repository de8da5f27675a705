// What the facilitator can do, as domain commands: move the room, run the timer, lock and reveal,
// edit steps and the catalogue, moderate, choose values and actions, and keep the commitments.
// The same commands serve the dashboard's socket and the pages' forms.
import type { z } from 'zod';
import type * as schemas from '$lib/schemas/facilitation';
import { stepKind } from '$lib/steps/registry';
import { addTime, pauseTimer, resetTimer, startTimer } from '$lib/workshop/timer';
import { minutesToMs } from '$lib/format';
import { statement } from '../../db/statements';
import { facilitatorStep } from '../../read-model/projections';
import { rowsOf } from '../../read-model/rows';
import * as content from '../content';
import * as contributions from '../contributions';
import { removeParticipant as remove } from '../participants';
import { setCurrentStep as moveToStep, setJoinLocked } from '../workshops';
import { DomainError, type Context } from '../command';

type Input<Schema extends z.ZodType> = z.output<Schema>;

function facilitatorOf(ctx: Context) {
	if (ctx.actor.kind !== 'facilitator') throw new DomainError('FORBIDDEN');
	return ctx.actor;
}

/** A step of this workshop (by its number), or NOT_FOUND. */
function stepOf(ctx: Context, number: number) {
	facilitatorOf(ctx);
	const [row] = rowsOf.steps(ctx.workshopId, [number]);
	if (!row) throw new DomainError('NOT_FOUND');
	return facilitatorStep(row);
}

const found = (ok: boolean) => {
	if (!ok) throw new DomainError('NOT_FOUND');
};

/** Moves the whole room to a step; answers with the step and when it changed. */
export function setCurrentStep(ctx: Context, input: { step: number }) {
	stepOf(ctx, input.step);
	const workshop = moveToStep(ctx.workshopId, input.step, ctx.now);
	if (!workshop) throw new DomainError('NOT_FOUND');
	ctx.change.currentStep = true;
	return { step: workshop.currentStep, changedAt: workshop.stepChangedAt };
}

export function controlTimer(ctx: Context, input: Input<typeof schemas.timerSchema>) {
	const step = stepOf(ctx, input.step);
	const timer =
		input.action === 'start'
			? startTimer(step.timer, ctx.now)
			: input.action === 'pause'
				? pauseTimer(step.timer, ctx.now)
				: input.action === 'reset'
					? resetTimer(step.timer)
					: addTime(step.timer, (input.seconds ?? 60) * 1000);
	content.saveTimer(ctx.workshopId, input.step, timer);
	ctx.change.steps.add(input.step);
	return null;
}

export function setStepFlags(ctx: Context, input: Input<typeof schemas.stepFlagsSchema>) {
	const step = stepOf(ctx, input.step);
	content.setStepFlags(ctx.workshopId, input.step, input);
	ctx.change.steps.add(input.step);
	if (input.revealed !== undefined && input.revealed !== step.revealed) {
		for (const result of stepKind(step.kind).hides) ctx.change.revealed.add(result);
	}
	return null;
}

export function editStep(ctx: Context, input: Input<typeof schemas.stepEditSchema>) {
	stepOf(ctx, input.number);
	content.editStep(ctx.workshopId, { ...input, durationMs: minutesToMs(input.minutes) });
	ctx.change.steps.add(input.number);
	return null;
}

export function editCard(ctx: Context, input: Input<typeof schemas.cardEditSchema>) {
	facilitatorOf(ctx);
	const { id, ...changes } = input;
	found(contributions.editCard(ctx.workshopId, id, changes, ctx.now));
	ctx.change.cards.add(id);
	return null;
}

export function mergeCards(ctx: Context, input: Input<typeof schemas.cardMergeSchema>) {
	facilitatorOf(ctx);
	const mergedBefore = statement('SELECT id FROM cards WHERE merged_into = ? AND workshop_id = ?', {
		pluck: true
	}).all(input.sourceId, ctx.workshopId) as string[];
	found(contributions.mergeCards(ctx.workshopId, input.sourceId, input.targetId, ctx.now));
	for (const id of [input.sourceId, input.targetId, ...mergedBefore]) {
		ctx.change.cards.add(id);
		ctx.change.ratings.add(id);
	}
	return null;
}

export function addAction(ctx: Context, input: Input<typeof schemas.facilitatorActionSchema>) {
	facilitatorOf(ctx);
	const id = contributions.addCard(ctx.workshopId, 'action', input.text, null, input.valueIds);
	ctx.change.cards.add(id);
	return null;
}

/** Commitments of an action (none, or the one made when it was chosen). */
function commitmentsOfAction(ctx: Context, actionId: string): string[] {
	return statement('SELECT id FROM commitments WHERE action_id = ? AND workshop_id = ?', {
		pluck: true
	}).all(actionId, ctx.workshopId) as string[];
}

export function linkAction(ctx: Context, input: Input<typeof schemas.actionLinkSchema>) {
	facilitatorOf(ctx);
	if (contributions.getCard(ctx.workshopId, input.actionId)?.kind !== 'action') {
		throw new DomainError('NOT_FOUND');
	}
	contributions.linkValues(ctx.workshopId, input.actionId, input.valueIds);
	ctx.change.cards.add(input.actionId);
	for (const id of commitmentsOfAction(ctx, input.actionId)) ctx.change.commitments.add(id);
	return null;
}

export function selectAction(ctx: Context, input: Input<typeof schemas.actionSelectSchema>) {
	facilitatorOf(ctx);
	const before = commitmentsOfAction(ctx, input.actionId);
	found(contributions.selectAction(ctx.workshopId, input.actionId, input.selected, ctx.now));
	ctx.change.cards.add(input.actionId);
	for (const id of [...before, ...commitmentsOfAction(ctx, input.actionId)]) {
		ctx.change.commitments.add(id);
	}
	return null;
}

/** A commitment the facilitator formulates directly (an action chosen at once). */
export function addCommitment(ctx: Context, input: Input<typeof schemas.commitmentAddSchema>) {
	facilitatorOf(ctx);
	const actionId = contributions.addCard(
		ctx.workshopId,
		'action',
		input.text,
		null,
		input.valueIds
	);
	contributions.selectAction(ctx.workshopId, actionId, true, ctx.now);
	ctx.change.cards.add(actionId);
	for (const id of commitmentsOfAction(ctx, actionId)) ctx.change.commitments.add(id);
	return null;
}

export function selectValue(ctx: Context, input: Input<typeof schemas.valueSelectSchema>) {
	facilitatorOf(ctx);
	found(content.setValueSelected(ctx.workshopId, input.valueId, input.selected));
	ctx.change.values.add(input.valueId);
	return null;
}

export function editValue(ctx: Context, input: Input<typeof schemas.valueEditSchema>) {
	facilitatorOf(ctx);
	found(content.editValue(ctx.workshopId, input));
	ctx.change.values.add(input.id);
	return null;
}

export function createValue(ctx: Context, input: Input<typeof schemas.valueCreateSchema>) {
	facilitatorOf(ctx);
	if (!content.principleExists(ctx.workshopId, input.principleKey)) {
		throw new DomainError('NOT_FOUND');
	}
	ctx.change.values.add(content.addValue(ctx.workshopId, input));
	return null;
}

export function setVotingRules(ctx: Context, input: Input<typeof schemas.votingRulesSchema>) {
	facilitatorOf(ctx);
	content.setVotingRules(ctx.workshopId, input.budget, input.maxPerValue);
	ctx.change.voting = true;
	return null;
}

export function hideTension(ctx: Context, input: Input<typeof schemas.tensionHideSchema>) {
	facilitatorOf(ctx);
	found(contributions.hideTension(ctx.workshopId, input.id, input.hidden));
	ctx.change.tensions.add(input.id);
	return null;
}

export function updateCommitment(
	ctx: Context,
	input: Input<typeof schemas.commitmentUpdateSchema>
) {
	const { displayName } = facilitatorOf(ctx);
	const { id, ...changes } = input;
	found(contributions.updateCommitment(ctx.workshopId, id, changes, displayName, ctx.now));
	ctx.change.commitments.add(id);
	return null;
}

export function removeParticipant(
	ctx: Context,
	input: Input<typeof schemas.participantRemoveSchema>
) {
	facilitatorOf(ctx);
	found(remove(ctx.workshopId, input.participantId));
	ctx.change.presence.add(input.participantId);
	ctx.change.removed.add(input.participantId);
	ctx.change.profiles.add(input.participantId);
	return null;
}

export function lockJoining(ctx: Context, input: Input<typeof schemas.joinLockSchema>) {
	facilitatorOf(ctx);
	setJoinLocked(ctx.workshopId, input.locked);
	ctx.change.joinLock = true;
	return null;
}

/** What the beamer shows besides the step: the join panel, shared closing notes, the chime. */
export function setDisplay(ctx: Context, input: Input<typeof schemas.displaySchema>) {
	facilitatorOf(ctx);
	const columns = [
		['beamer_join', input.join],
		[
			'beamer_closing_notes',
			input.closingNotes === undefined ? undefined : Number(input.closingNotes)
		],
		['beamer_chime', input.chime === undefined ? undefined : Number(input.chime)]
	] as const;
	for (const [column, value] of columns) {
		if (value !== undefined) {
			statement(`UPDATE workshops SET ${column} = ? WHERE id = ?`).run(value, ctx.workshopId);
		}
	}
	ctx.change.display = true;
	return null;
}

/** Turns the beamer's page (nothing is stored: the beamer knows how many pages it has). */
export function pageBeamer(ctx: Context, input: Input<typeof schemas.beamerPageSchema>) {
	facilitatorOf(ctx);
	ctx.change.beamerPage = input.delta;
	return null;
}
