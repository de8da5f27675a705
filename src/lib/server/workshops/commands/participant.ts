// What a participant's phone can do, as domain commands. `execute` has already checked that the
// current step's kind takes the event and that input is open; each command checks its own
// references, writes, and says what changed. Additions carry a client id (a retry after a lost
// answer returns the first row); inputs set a value (a retry sets the same value again).
import type { z } from 'zod';
import type { Added } from '$lib/realtime/events';
import type * as schemas from '$lib/schemas/contributions';
import { stepKind } from '$lib/steps/registry';
import type { CardKind } from '$lib/workshop/state';
import { myState } from '../../read-model/projections';
import { participantRows } from '../../read-model/rows';
import { statement } from '../../db/statements';
import { checkCap } from '../caps';
import { addValue, principleExists } from '../content';
import * as contributions from '../contributions';
import { DomainError, currentStep, participantOf, type Context } from '../command';

type Input<Schema extends z.ZodType> = z.output<Schema>;

/** The participant's own inputs as they now stand: the answer to every input. */
function mine(ctx: Context) {
	const participantId = participantOf(ctx);
	ctx.change.mine.add(participantId);
	return myState(participantRows(participantId));
}

const author = (ctx: Context, clientId: string) => ({
	participantId: participantOf(ctx),
	clientId
});

export function setProfile(ctx: Context, input: Input<typeof schemas.profileSchema>) {
	const seat =
		input.seat &&
		statement('SELECT key FROM workshop_seats WHERE workshop_id = ? AND key = ?', {
			pluck: true
		}).get(ctx.workshopId, input.seat);
	if (input.seat && !seat) throw new DomainError('NOT_FOUND');
	contributions.setProfile(participantOf(ctx), input.perspective, input.role, input.seat);
	ctx.change.profiles.add(participantOf(ctx));
	return mine(ctx);
}

export function addCard(ctx: Context, input: Input<typeof schemas.caseCardSchema>): Added {
	// The kinds of card this step asks for (stakeholders, risks, dilemmas; obstacles, ...).
	if (!stepKind(currentStep(ctx.workshopId).kind).cards?.includes(input.kind)) {
		throw new DomainError('INVALID_PAYLOAD');
	}
	checkCap('cards', ctx.workshopId, author(ctx, input.clientId));
	const id = contributions.addCard(
		ctx.workshopId,
		input.kind,
		input.text,
		author(ctx, input.clientId)
	);
	ctx.change.cards.add(id);
	return { id };
}

export function addOwnValue(ctx: Context, input: Input<typeof schemas.ownValueSchema>): Added {
	if (!principleExists(ctx.workshopId, input.principleKey)) throw new DomainError('NOT_FOUND');
	checkCap('workshop_values', ctx.workshopId, author(ctx, input.clientId));
	// A participant's own value is named in their words; both languages show that.
	const id = addValue(
		ctx.workshopId,
		{
			principleKey: input.principleKey,
			nameNl: input.name,
			nameEn: input.name,
			descriptionNl: input.description,
			descriptionEn: input.description
		},
		author(ctx, input.clientId)
	);
	ctx.change.values.add(id);
	return { id };
}

export function setVote(ctx: Context, input: Input<typeof schemas.voteSchema>) {
	const result = contributions.setVote(
		ctx.workshopId,
		participantOf(ctx),
		input.valueId,
		input.dots,
		ctx.now
	);
	if (!result.ok) {
		if (result.reason === 'NOT_FOUND') throw new DomainError('NOT_FOUND');
		throw new DomainError(result.reason === 'BUDGET_EXCEEDED' ? 'BUDGET_EXCEEDED' : 'VALUE_LIMIT');
	}
	ctx.change.tallies.add(input.valueId);
	ctx.change.progress = true;
	return mine(ctx);
}

export function addTension(ctx: Context, input: Input<typeof schemas.tensionSchema>): Added {
	checkCap('value_tensions', ctx.workshopId, author(ctx, input.clientId));
	const id = contributions.addTension(
		ctx.workshopId,
		input.valueAId,
		input.valueBId,
		input.note,
		author(ctx, input.clientId)
	);
	if (!id) throw new DomainError('NOT_FOUND');
	ctx.change.tensions.add(id);
	return { id };
}

export function proposeAction(
	ctx: Context,
	input: Input<typeof schemas.actionProposalSchema>
): Added {
	const chosen = statement(
		'SELECT 1 FROM workshop_values WHERE id = ? AND workshop_id = ? AND selected = 1'
	).get(input.valueId, ctx.workshopId);
	if (!chosen) throw new DomainError('NOT_FOUND');
	checkCap('cards', ctx.workshopId, author(ctx, input.clientId));
	const id = contributions.addCard(
		ctx.workshopId,
		'action',
		input.text,
		author(ctx, input.clientId),
		[input.valueId]
	);
	ctx.change.cards.add(id);
	return { id };
}

export function setRating(ctx: Context, input: Input<typeof schemas.ratingSchema>) {
	const rated = contributions.setRating(
		ctx.workshopId,
		participantOf(ctx),
		input.actionId,
		input.necessity,
		input.importance,
		ctx.now
	);
	if (!rated) throw new DomainError('NOT_FOUND');
	ctx.change.ratings.add(input.actionId);
	ctx.change.progress = true;
	return mine(ctx);
}

export function volunteer(ctx: Context, input: Input<typeof schemas.volunteerSchema>) {
	const done = contributions.setVolunteer(
		ctx.workshopId,
		participantOf(ctx),
		input.commitmentId,
		input.volunteer,
		ctx.now
	);
	if (!done) throw new DomainError('NOT_FOUND');
	ctx.change.commitments.add(input.commitmentId);
	return mine(ctx);
}

export function setReflection(ctx: Context, input: Input<typeof schemas.reflectionSchema>) {
	const done = contributions.setReflection(
		ctx.workshopId,
		participantOf(ctx),
		input.principleKey,
		input.score,
		input.comment,
		ctx.now
	);
	if (!done) throw new DomainError('NOT_FOUND');
	ctx.change.reflections.add(input.principleKey);
	ctx.change.progress = true;
	return mine(ctx);
}

export function setClosingNote(ctx: Context, input: Input<typeof schemas.closingSchema>) {
	contributions.setClosingNote(participantOf(ctx), input.text, ctx.now);
	ctx.change.closingNotes.add(participantOf(ctx));
	return mine(ctx);
}

/** The status round of a follow-up: the room says how a commitment stands; the history names who. */
export function reportStatus(ctx: Context, input: Input<typeof schemas.statusRoundSchema>) {
	const name = statement('SELECT display_name FROM participants WHERE id = ?', {
		pluck: true
	}).get(participantOf(ctx)) as string;
	const { commitmentId, status, note } = input;
	const done = contributions.updateCommitment(
		ctx.workshopId,
		commitmentId,
		{ status, note },
		name,
		ctx.now,
		'session'
	);
	if (!done) throw new DomainError('NOT_FOUND');
	ctx.change.commitments.add(commitmentId);
	return null;
}

/** A card (or action) of this participant, of a kind the current step takes; or NOT_FOUND. */
function ownCard(ctx: Context, id: string) {
	const card = statement(
		'SELECT kind, selected FROM cards WHERE id = ? AND workshop_id = ? AND added_by = ?'
	).get(id, ctx.workshopId, participantOf(ctx)) as { kind: CardKind; selected: 0 | 1 } | undefined;
	const kinds = stepKind(currentStep(ctx.workshopId).kind).cards;
	if (!card || !kinds?.includes(card.kind)) throw new DomainError('NOT_FOUND');
	return card;
}

export function editOwnCard(ctx: Context, input: Input<typeof schemas.ownCardEditSchema>) {
	ownCard(ctx, input.id);
	contributions.editCard(ctx.workshopId, input.id, { text: input.text }, ctx.now);
	ctx.change.cards.add(input.id);
	return mine(ctx);
}

/** Takes back a card or action, unless it became a commitment. */
export function withdrawCard(ctx: Context, input: Input<typeof schemas.withdrawSchema>) {
	if (ownCard(ctx, input.id).selected) throw new DomainError('IN_USE');
	// Cards the facilitator merged into it come back on their own.
	const merged = statement('SELECT id FROM cards WHERE merged_into = ?', { pluck: true }).all(
		input.id
	) as string[];
	statement('DELETE FROM cards WHERE id = ?').run(input.id);
	for (const id of [input.id, ...merged]) ctx.change.cards.add(id);
	return mine(ctx);
}

/** A value this participant added; or NOT_FOUND. */
function ownValue(ctx: Context, id: string): void {
	const found = statement(
		'SELECT 1 FROM workshop_values WHERE id = ? AND workshop_id = ? AND added_by = ?'
	).get(id, ctx.workshopId, participantOf(ctx));
	if (!found) throw new DomainError('NOT_FOUND');
}

export function editOwnValue(ctx: Context, input: Input<typeof schemas.ownValueEditSchema>) {
	ownValue(ctx, input.id);
	// Named in the participant's words, in both languages (as when it was added).
	statement('UPDATE workshop_values SET name_nl = ?, name_en = ? WHERE id = ?').run(
		input.name,
		input.name,
		input.id
	);
	ctx.change.values.add(input.id);
	return mine(ctx);
}

/**
 * Takes back a value, unless others' work depends on it: another participant's dots, a tension,
 * an action, or the facilitator's choice.
 */
export function withdrawValue(ctx: Context, input: Input<typeof schemas.withdrawSchema>) {
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
	const hadDots = statement('SELECT 1 FROM value_votes WHERE value_id = ?').get(input.id);
	statement('DELETE FROM workshop_values WHERE id = ?').run(input.id);
	ctx.change.values.add(input.id);
	if (hadDots) {
		ctx.change.tallies.add(input.id);
		ctx.change.progress = true;
	}
	return mine(ctx);
}
