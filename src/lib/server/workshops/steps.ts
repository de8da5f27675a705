// The steps aggregate: a workshop's own copy of its method's steps, the step the room is in, each
// step's timer, whether input is locked and results revealed, and the facilitator's edits of
// titles, questions, minutes and notes. Its commands are the only writers of `workshop_steps` and
// of the workshop's current step.
import type { z } from 'zod';
import { minutesToMs } from '$lib/format';
import type { Language } from '$lib/language';
import type { MethodStep } from '$lib/methods';
import * as schemas from '$lib/schemas/steps';
import { stepKind } from '$lib/steps';
import { addTime, pauseTimer, resetTimer, startTimer, type TimerState } from '$lib/workshop/timer';
import { statement } from '../db/statements';
import { facilitatorStep } from '../read-model/projections';
import { rowsOf } from '../read-model/rows';
import { CORE } from './change';
import { DomainError, facilitatorOf, type Context } from './command';
import { handlers } from './handlers';

export { schemas };

type Input<Schema extends z.ZodType> = z.output<Schema>;

/** Copies a method's steps (with the notes in the workshop's language) into a new workshop. */
export function seedSteps(ctx: Context, steps: readonly MethodStep[], language: Language): void {
	const insert = statement(
		`INSERT INTO workshop_steps (workshop_id, number, kind, title_nl, title_en,
			question_nl, question_en, facilitator_notes, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	steps.forEach((step, index) =>
		insert.run(
			ctx.workshopId,
			index + 1,
			step.kind,
			step.title.nl,
			step.title.en,
			step.question.nl,
			step.question.en,
			step.notes[language],
			minutesToMs(step.minutes)
		)
	);
}

/** A step of this workshop (by its number), or NOT_FOUND. */
function stepOf(ctx: Context, number: number) {
	facilitatorOf(ctx);
	const [row] = rowsOf.steps(ctx.workshopId, [number]);
	if (!row) throw new DomainError('NOT_FOUND');
	return facilitatorStep(row);
}

/** Moves the whole room to a step; answers with the step and when it changed. */
export function setCurrentStep(ctx: Context, input: Input<typeof schemas.stepSetSchema>) {
	stepOf(ctx, input.step);
	statement('UPDATE workshops SET current_step = ?, step_changed_at = ? WHERE id = ?').run(
		input.step,
		ctx.now,
		ctx.workshopId
	);
	ctx.change.currentStep = true;
	// The progress line counts what the new step asks for.
	ctx.change.progress = true;
	return { step: input.step, changedAt: ctx.now };
}

function saveTimer(ctx: Context, number: number, timer: TimerState): void {
	statement(
		'UPDATE workshop_steps SET duration_ms = ?, elapsed_ms = ?, running_since = ? WHERE workshop_id = ? AND number = ?'
	).run(timer.durationMs, timer.elapsedMs, timer.runningSince, ctx.workshopId, number);
	ctx.change.touch(CORE.steps, number);
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
	saveTimer(ctx, input.step, timer);
}

/** Locks or opens input, reveals or hides results; a reveal sends the room what it now may see. */
export function setStepFlags(ctx: Context, input: Input<typeof schemas.stepFlagsSchema>) {
	const step = stepOf(ctx, input.step);
	if (input.locked !== undefined) {
		statement(
			'UPDATE workshop_steps SET input_locked = ? WHERE workshop_id = ? AND number = ?'
		).run(Number(input.locked), ctx.workshopId, input.step);
	}
	if (input.revealed !== undefined) {
		statement(
			'UPDATE workshop_steps SET results_revealed = ? WHERE workshop_id = ? AND number = ?'
		).run(Number(input.revealed), ctx.workshopId, input.step);
		if (input.revealed !== step.revealed) {
			for (const result of stepKind(step.kind).hides) ctx.change.revealed.add(result);
		}
	}
	ctx.change.touch(CORE.steps, input.step);
}

export function editStep(ctx: Context, input: Input<typeof schemas.stepEditSchema>) {
	stepOf(ctx, input.number);
	statement(
		`UPDATE workshop_steps SET duration_ms = ?, title_nl = ?, title_en = ?, question_nl = ?,
			question_en = ?, facilitator_notes = ? WHERE workshop_id = ? AND number = ?`
	).run(
		minutesToMs(input.minutes),
		input.titleNl,
		input.titleEn,
		input.questionNl,
		input.questionEn,
		input.notes,
		ctx.workshopId,
		input.number
	);
	ctx.change.touch(CORE.steps, input.number);
}

export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'step:set': setCurrentStep,
	'timer:control': controlTimer,
	'step:flags': setStepFlags,
	'step:edit': editStep
});
