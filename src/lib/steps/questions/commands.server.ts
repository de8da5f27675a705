// A questions step's commands: the only writers of its tables. A phone drafts only for the item
// its step is at, and not for a skipped one; the facilitator walks the items, writes the agreed
// answer (checked against the item's type and options), holds an item for research and adds
// action points (both commitments on the action list, linked to the item), and ends or starts a
// session. Nothing is written for an item the workshop's instrument does not have.
import type { z } from 'zod';
import { askedItems } from '$lib/instruments/conditions';
import { fittingValue, type Item } from '$lib/instruments/instrument';
import { statement } from '$lib/server/db/statements';
import { instrumentOf } from '$lib/server/read-model/instrument';
import { insertCard } from '$lib/server/workshops/cards';
import {
	DomainError,
	currentStep,
	facilitatorOf,
	participantOf,
	type Context
} from '$lib/server/workshops/command';
import { change, commitmentsOfAction, selectAction } from '$lib/server/workshops/commitments';
import { handlers } from '$lib/server/workshops/handlers';
import * as schemas from './schemas';
import { QUESTIONS, agreedAnswers, cursorOf } from './slice.server';

type Input<S extends z.ZodType> = z.output<S>;

/** The item in this workshop's instrument, or NOT_FOUND. */
function itemOf(ctx: Context, id: string): Item {
	const item = instrumentOf(ctx.workshopId)?.byId.get(id);
	if (!item) throw new DomainError('NOT_FOUND');
	return item;
}

function isAsked(ctx: Context, item: Item): boolean {
	const instrument = instrumentOf(ctx.workshopId)!;
	return (
		askedItems(instrument.instrument.items, agreedAnswers(ctx.workshopId)).get(item.id) ?? true
	);
}

function draft(ctx: Context, input: Input<typeof schemas.draftSchema>) {
	const participantId = participantOf(ctx);
	// A draft that waited offline while the room moved on is refused; the phone keeps its text.
	if (currentStep(ctx.workshopId).number !== input.step) throw new DomainError('WRONG_STEP');
	if (cursorOf(ctx.workshopId, input.step) !== input.item) throw new DomainError('WRONG_STEP');
	const item = itemOf(ctx, input.item);
	if (item.type === 'notice') throw new DomainError('INVALID_PAYLOAD');
	if (!isAsked(ctx, item)) throw new DomainError('SKIPPED');
	const options = new Set(item.options.map((o) => o.value));
	if (input.choice.some((c) => !options.has(c))) throw new DomainError('INVALID_PAYLOAD');
	statement(
		`INSERT INTO question_drafts (participant_id, workshop_id, item_id, text, choice, updated_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (participant_id, item_id) DO UPDATE SET text = excluded.text,
			choice = excluded.choice, updated_at = excluded.updated_at`
	).run(
		participantId,
		ctx.workshopId,
		input.item,
		input.text,
		JSON.stringify(input.choice),
		ctx.now
	);
	ctx.change.touch(QUESTIONS.drafts, `${participantId}:${input.item}`);
	ctx.change.progress = true;
	ctx.change.mine.add(participantId);
}

function go(ctx: Context, input: Input<typeof schemas.goSchema>) {
	facilitatorOf(ctx);
	const instrument = instrumentOf(ctx.workshopId);
	if (!instrument?.itemsOf(input.step).some((i) => i.id === input.item)) {
		throw new DomainError('NOT_FOUND');
	}
	statement(
		`INSERT INTO question_cursor (workshop_id, step, item_id, moved_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (workshop_id, step) DO UPDATE SET item_id = excluded.item_id,
			moved_at = excluded.moved_at`
	).run(ctx.workshopId, input.step, input.item, ctx.now);
	ctx.change.touch(QUESTIONS.cursor, input.step);
	ctx.change.touch(QUESTIONS.session, 0);
	ctx.change.progress = true;
}

function agree(ctx: Context, input: Input<typeof schemas.agreeSchema>) {
	facilitatorOf(ctx);
	const item = itemOf(ctx, input.item);
	const value = fittingValue(item, input.value);
	if (value === undefined) throw new DomainError('INVALID_PAYLOAD');
	if (value === null && !input.considerations && !input.dissent) {
		statement('DELETE FROM question_answers WHERE workshop_id = ? AND item_id = ?').run(
			ctx.workshopId,
			item.id
		);
	} else {
		statement(
			`INSERT INTO question_answers (workshop_id, item_id, value, considerations, dissent, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (workshop_id, item_id) DO UPDATE SET value = excluded.value,
				considerations = excluded.considerations, dissent = excluded.dissent,
				updated_at = excluded.updated_at`
		).run(
			ctx.workshopId,
			item.id,
			JSON.stringify(value),
			input.considerations,
			input.dissent,
			ctx.now
		);
	}
	// An answer may skip or bring back other items (and stop the instrument): all statuses change.
	ctx.change.touch(QUESTIONS.answers, item.id);
}

/** A commitment on the action list for this item (research, or an action point), linked to it. */
function linkedCommitment(
	ctx: Context,
	item: Item,
	role: 'research' | 'entry',
	text: string,
	owner: string,
	dueOn: string | null
): string {
	const { displayName } = facilitatorOf(ctx);
	const actionId = insertCard(ctx, 'action', text, null);
	selectAction(ctx, { actionId, selected: true });
	const [commitmentId] = commitmentsOfAction(ctx, actionId);
	change(ctx, commitmentId!, { owner, dueOn }, displayName, 'facilitator');
	statement(
		`INSERT INTO question_links (commitment_id, workshop_id, item_id, role, created_at)
		VALUES (?, ?, ?, ?, ?)`
	).run(commitmentId, ctx.workshopId, item.id, role, ctx.now);
	ctx.change.touch(QUESTIONS.answers, item.id);
	return commitmentId!;
}

function hold(ctx: Context, input: Input<typeof schemas.holdSchema>) {
	facilitatorOf(ctx);
	const item = itemOf(ctx, input.item);
	if (item.type === 'notice') throw new DomainError('INVALID_PAYLOAD');
	const text = input.text || item.title.slice(0, 300);
	return { id: linkedCommitment(ctx, item, 'research', text, input.owner, input.dueOn) };
}

function entry(ctx: Context, input: Input<typeof schemas.entrySchema>) {
	facilitatorOf(ctx);
	const item = itemOf(ctx, input.item);
	if (item.type !== 'entries') throw new DomainError('INVALID_PAYLOAD');
	return { id: linkedCommitment(ctx, item, 'entry', input.text, input.owner, input.dueOn) };
}

function session(ctx: Context, input: Input<typeof schemas.sessionSchema>) {
	facilitatorOf(ctx);
	if (!instrumentOf(ctx.workshopId)) throw new DomainError('NOT_FOUND');
	const last = statement(
		`SELECT number, ended_at AS endedAt FROM instrument_sessions WHERE workshop_id = ?
		ORDER BY number DESC LIMIT 1`
	).get(ctx.workshopId) as { number: number; endedAt: number | null } | undefined;
	if (input.action === 'end') {
		// The first session began when the workshop was made; ending it records both.
		if (!last) {
			statement(
				'INSERT INTO instrument_sessions (workshop_id, number, started_at, ended_at) VALUES (?, 1, ?, ?)'
			).run(ctx.workshopId, ctx.now, ctx.now);
		} else if (last.endedAt === null) {
			statement(
				'UPDATE instrument_sessions SET ended_at = ? WHERE workshop_id = ? AND number = ?'
			).run(ctx.now, ctx.workshopId, last.number);
		}
	} else if (last && last.endedAt !== null) {
		statement(
			'INSERT INTO instrument_sessions (workshop_id, number, started_at) VALUES (?, ?, ?)'
		).run(ctx.workshopId, last.number + 1, ctx.now);
	}
	ctx.change.touch(QUESTIONS.session, 0);
}

/**
 * Answers read from a file in the publisher's output format (../../server/instruments/output.ts):
 * each written as the facilitator's agreed answer, each entry as an action point the item does
 * not have yet. Returns how many of each were taken.
 */
export function importAnswers(
	ctx: Context,
	read: { answers: Input<typeof schemas.agreeSchema>[]; entries: { item: string; text: string }[] }
): { answers: number; entries: number } {
	facilitatorOf(ctx);
	for (const answer of read.answers) agree(ctx, schemas.agreeSchema.parse(answer));
	let entries = 0;
	for (const { item: id, text } of read.entries) {
		const item = itemOf(ctx, id);
		const known = statement(
			`SELECT 1 FROM question_links l JOIN commitments m ON m.id = l.commitment_id
			JOIN cards c ON c.id = m.action_id WHERE l.workshop_id = ? AND l.item_id = ? AND c.text = ?`
		).get(ctx.workshopId, id, text);
		if (known) continue;
		linkedCommitment(ctx, item, 'entry', text, '', null);
		entries++;
	}
	return { answers: read.answers.length, entries };
}

export const participantHandlers = handlers(schemas.participantEvents, { 'question:draft': draft });
export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'question:go': go,
	'question:agree': agree,
	'question:hold': hold,
	'question:entry': entry,
	'question:session': session
});
