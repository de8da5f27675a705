// The values step's commands: phones add, rename and withdraw their own values, put dots on values
// within the workshop's rules and name tensions; the facilitator sets the rules and hides (or shows
// again) a tension. The values themselves belong to the catalogue; the dots and tensions to this
// kind (`value_votes`, `value_tensions`, the workshop's dot rules).
import type { z } from 'zod';
import { statement } from '$lib/server/db/statements';
import { newId } from '$lib/server/ids';
import { checkCap } from '$lib/server/workshops/caps';
import { authorOf } from '$lib/server/workshops/cards';
import {
	addValue,
	deleteValue,
	principleExists,
	renameValue
} from '$lib/server/workshops/catalogue';
import {
	DomainError,
	facilitatorOf,
	found,
	participantOf,
	type Context
} from '$lib/server/workshops/command';
import { handlers } from '$lib/server/workshops/handlers';
import { alreadyStored } from '$lib/server/workshops/idempotency';
import { checkVote } from '$lib/workshop/voting';
import type { withdrawSchema } from '../../schemas/common';
import * as schemas from './schemas';
import { VALUES } from './slice.server';

type Input<Schema extends z.ZodType> = z.output<Schema>;

export function addOwnValue(ctx: Context, input: Input<typeof schemas.ownValueSchema>) {
	const author = authorOf(ctx, input.clientId);
	if (!principleExists(ctx.workshopId, input.principleKey)) throw new DomainError('NOT_FOUND');
	checkCap('workshop_values', ctx.workshopId, author);
	// A participant's own value is named in their words; both languages show that.
	const id = addValue(
		ctx,
		{
			principleKey: input.principleKey,
			nameNl: input.name,
			nameEn: input.name,
			descriptionNl: input.description,
			descriptionEn: input.description
		},
		author
	);
	ctx.change.mine.add(participantOf(ctx));
	return { id };
}

/** A value this participant added; or NOT_FOUND. */
function ownValue(ctx: Context, id: string): void {
	const mine = statement(
		'SELECT 1 FROM workshop_values WHERE id = ? AND workshop_id = ? AND added_by = ?'
	).get(id, ctx.workshopId, participantOf(ctx));
	found(mine);
}

export function editOwnValue(ctx: Context, input: Input<typeof schemas.ownValueEditSchema>) {
	ownValue(ctx, input.id);
	renameValue(ctx, input.id, input.name);
	ctx.change.mine.add(participantOf(ctx));
}

/**
 * Takes back a value, unless others' work depends on it: another participant's dots, a tension,
 * an action, or the facilitator's choice.
 */
export function withdrawValue(ctx: Context, input: Input<typeof withdrawSchema>) {
	ownValue(ctx, input.id);
	const participantId = participantOf(ctx);
	const inUse = statement(
		`SELECT EXISTS (SELECT 1 FROM workshop_values WHERE id = @id AND selected = 1)
			OR EXISTS (SELECT 1 FROM value_votes WHERE value_id = @id AND participant_id <> @participantId)
			OR EXISTS (SELECT 1 FROM value_tensions WHERE value_a_id = @id OR value_b_id = @id)
			OR EXISTS (SELECT 1 FROM action_values WHERE value_id = @id)`,
		{ pluck: true }
	).get({ id: input.id, participantId });
	if (inUse) throw new DomainError('IN_USE');
	if (statement('SELECT 1 FROM value_votes WHERE value_id = ?').get(input.id)) {
		ctx.change.touch(VALUES.tallies, input.id);
		ctx.change.progress = true;
	}
	deleteValue(ctx, input.id);
	ctx.change.mine.add(participantId);
}

/** Puts exactly `dots` dots on a value (0 removes them), within the workshop's rules. */
export function setVote(ctx: Context, input: Input<typeof schemas.voteSchema>) {
	const participantId = participantOf(ctx);
	const { valueId, dots } = input;
	const visible = statement(
		'SELECT 1 FROM workshop_values WHERE id = ? AND workshop_id = ? AND hidden = 0'
	).get(valueId, ctx.workshopId);
	found(visible);
	const rules = statement(
		'SELECT dot_budget AS budget, max_dots_per_value AS maxPerValue FROM workshops WHERE id = ?'
	).get(ctx.workshopId) as { budget: number; maxPerValue: number };
	const rows = statement(
		'SELECT value_id AS valueId, dots FROM value_votes WHERE participant_id = ?'
	).all(participantId) as { valueId: string; dots: number }[];
	const check = checkVote(rules, new Map(rows.map((r) => [r.valueId, r.dots])), valueId, dots);
	if (!check.ok) {
		throw new DomainError(check.reason === 'BUDGET_EXCEEDED' ? 'BUDGET_EXCEEDED' : 'VALUE_LIMIT');
	}
	if (dots === 0) {
		statement('DELETE FROM value_votes WHERE participant_id = ? AND value_id = ?').run(
			participantId,
			valueId
		);
	} else {
		statement(
			`INSERT INTO value_votes (participant_id, value_id, dots, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (participant_id, value_id) DO UPDATE SET dots = excluded.dots, updated_at = excluded.updated_at`
		).run(participantId, valueId, dots, ctx.now);
	}
	ctx.change.touch(VALUES.tallies, valueId);
	ctx.change.progress = true;
	ctx.change.mine.add(participantId);
}

export function addTension(ctx: Context, input: Input<typeof schemas.tensionSchema>) {
	const author = authorOf(ctx, input.clientId);
	const existing = alreadyStored('value_tensions', author);
	if (existing) {
		ctx.change.touch(VALUES.tensions, existing);
		return { id: existing };
	}
	checkCap('value_tensions', ctx.workshopId, author);
	const count = statement(
		'SELECT COUNT(*) FROM workshop_values WHERE workshop_id = ? AND id IN (?, ?)',
		{ pluck: true }
	).get(ctx.workshopId, input.valueAId, input.valueBId) as number;
	if (input.valueAId === input.valueBId || count !== 2) throw new DomainError('NOT_FOUND');
	const id = newId();
	statement(
		`INSERT INTO value_tensions (id, workshop_id, value_a_id, value_b_id, note, added_by, client_id, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		id,
		ctx.workshopId,
		input.valueAId,
		input.valueBId,
		input.note,
		author?.participantId ?? null,
		author?.clientId ?? null,
		ctx.now
	);
	ctx.change.touch(VALUES.tensions, id);
	return { id };
}

export function setVotingRules(ctx: Context, input: Input<typeof schemas.votingRulesSchema>) {
	facilitatorOf(ctx);
	statement('UPDATE workshops SET dot_budget = ?, max_dots_per_value = ? WHERE id = ?').run(
		input.budget,
		input.maxPerValue,
		ctx.workshopId
	);
	ctx.change.mark(VALUES.voting);
}

export function hideTension(ctx: Context, input: Input<typeof schemas.tensionHideSchema>) {
	facilitatorOf(ctx);
	const changed = statement(
		'UPDATE value_tensions SET hidden = ? WHERE id = ? AND workshop_id = ?'
	).run(Number(input.hidden), input.id, ctx.workshopId).changes;
	found(changed === 1);
	ctx.change.touch(VALUES.tensions, input.id);
}

export const participantHandlers = handlers(schemas.participantEvents, {
	'value:add': addOwnValue,
	'value:edit-own': editOwnValue,
	'value:withdraw': withdrawValue,
	'vote:set': setVote,
	'tension:add': addTension
});

export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'voting:rules': setVotingRules,
	'tension:hide': hideTension
});
