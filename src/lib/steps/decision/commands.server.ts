// A decision step's commands: the facilitator's advice and residual risks. The only writers of
// `decisions` and `decision_risks`; the step must be one of this workshop's decision steps.
import type { z } from 'zod';
import { statement } from '$lib/server/db/statements';
import { newId } from '$lib/server/ids';
import { DomainError, facilitatorOf, found, type Context } from '$lib/server/workshops/command';
import { handlers } from '$lib/server/workshops/handlers';
import * as schemas from './schemas';
import { DECISION } from './slice.server';

type Input<S extends z.ZodType> = z.output<S>;

function decisionStep(ctx: Context, step: number) {
	facilitatorOf(ctx);
	const kind = statement('SELECT kind FROM workshop_steps WHERE workshop_id = ? AND number = ?', {
		pluck: true
	}).get(ctx.workshopId, step);
	if (kind !== 'decision') throw new DomainError('NOT_FOUND');
}

function advise(ctx: Context, input: Input<typeof schemas.adviceSchema>) {
	decisionStep(ctx, input.step);
	statement(
		`INSERT INTO decisions (workshop_id, step, advice, conditions, rationale, updated_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (workshop_id, step) DO UPDATE SET advice = excluded.advice,
			conditions = excluded.conditions, rationale = excluded.rationale,
			updated_at = excluded.updated_at`
	).run(ctx.workshopId, input.step, input.advice, input.conditions, input.rationale, ctx.now);
	ctx.change.touch(DECISION.steps, input.step);
}

function risk(ctx: Context, input: Input<typeof schemas.riskSchema>) {
	decisionStep(ctx, input.step);
	let id = input.id;
	if (id) {
		const changed = statement(
			`UPDATE decision_risks SET text = ?, acceptor = ?, verdict = ?
			WHERE id = ? AND workshop_id = ? AND step = ?`
		).run(input.text, input.acceptor, input.verdict, id, ctx.workshopId, input.step);
		found(changed.changes);
	} else {
		id = newId();
		statement(
			`INSERT INTO decision_risks (id, workshop_id, step, text, acceptor, verdict, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`
		).run(id, ctx.workshopId, input.step, input.text, input.acceptor, input.verdict, ctx.now);
	}
	ctx.change.touch(DECISION.steps, input.step);
	return { id };
}

function removeRisk(ctx: Context, input: Input<typeof schemas.riskRemoveSchema>) {
	facilitatorOf(ctx);
	const row = statement('SELECT step FROM decision_risks WHERE id = ? AND workshop_id = ?').get(
		input.id,
		ctx.workshopId
	) as { step: number } | undefined;
	found(row);
	statement('DELETE FROM decision_risks WHERE id = ?').run(input.id);
	ctx.change.touch(DECISION.steps, row!.step);
}

export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'decision:advice': advise,
	'decision:risk': risk,
	'decision:risk-remove': removeRisk
});
