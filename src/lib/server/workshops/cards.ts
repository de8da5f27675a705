// The cards aggregate: what participants write in a step that asks for cards (stakeholders, risks,
// dilemmas, obstacles, help) and the actions (cards that can become commitments), with the values
// an action is linked to; the facilitator edits, clusters, hides and merges them. Its commands are
// the only writers of `cards` and `action_values`. Additions carry a client id: a retry after a
// lost answer returns the first card.
import type { z } from 'zod';
import type { Added } from '$lib/realtime/events';
import * as schemas from '$lib/schemas/cards';
import type { withdrawSchema } from '$lib/schemas/common';
import { stepKind } from '$lib/steps';
import type { CardKind } from '$lib/vocabulary';
import { statement } from '../db/statements';
import { newId } from '../ids';
import { checkCap } from './caps';
import { CORE } from './change';
import {
	DomainError,
	currentStep,
	facilitatorOf,
	found,
	participantOf,
	type Context
} from './command';
import { handlers } from './handlers';
import { alreadyStored, type Author } from './idempotency';

export { schemas };

type Input<Schema extends z.ZodType> = z.output<Schema>;

/** Who writes from this phone, with the id the phone gave this write. */
export const authorOf = (ctx: Context, clientId: string): Author => ({
	participantId: participantOf(ctx),
	clientId
});

/** Adds a card (an author's retry returns the first one), linked to these values of the workshop. */
export function insertCard(
	ctx: Context,
	kind: CardKind,
	text: string,
	author: Author,
	valueIds: string[] = []
): string {
	// A retry: the first card, sent again to every screen (the answer may have been all it lost).
	// The author's phones learn that it is theirs (to edit or withdraw it), the adding one too.
	if (author) ctx.change.mine.add(author.participantId);
	const existing = alreadyStored('cards', author);
	if (existing) {
		ctx.change.touch(CORE.cards, existing);
		return existing;
	}
	checkCap('cards', ctx.workshopId, author);
	const id = newId();
	statement(
		`INSERT INTO cards (id, workshop_id, kind, text, added_by, client_id, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		id,
		ctx.workshopId,
		kind,
		text,
		author?.participantId ?? null,
		author?.clientId ?? null,
		ctx.now,
		ctx.now
	);
	linkValues(ctx, id, valueIds);
	ctx.change.touch(CORE.cards, id);
	return id;
}

/** Replaces an action's linked values with those of this workshop among `valueIds`. */
export function linkValues(ctx: Context, actionId: string, valueIds: string[]): void {
	statement('DELETE FROM action_values WHERE action_id = ?').run(actionId);
	const insert = statement(
		`INSERT OR IGNORE INTO action_values (action_id, value_id)
		SELECT ?, id FROM workshop_values WHERE id = ? AND workshop_id = ?`
	);
	for (const valueId of valueIds) insert.run(actionId, valueId, ctx.workshopId);
	ctx.change.touch(CORE.cards, actionId);
}

export function cardOf(workshopId: string, cardId: string) {
	return statement(
		'SELECT id, kind, merged_into AS mergedInto, selected FROM cards WHERE id = ? AND workshop_id = ?'
	).get(cardId, workshopId) as
		{ id: string; kind: CardKind; mergedInto: string | null; selected: 0 | 1 } | undefined;
}

/** The kinds of card the current step asks for (stakeholders, risks, dilemmas; obstacles, ...). */
const stepCards = (ctx: Context) => stepKind(currentStep(ctx.workshopId).kind).cards ?? [];

export function addCard(ctx: Context, input: Input<typeof schemas.cardAddSchema>): Added {
	const author = authorOf(ctx, input.clientId);
	if (!stepCards(ctx).includes(input.kind)) throw new DomainError('INVALID_PAYLOAD');
	return { id: insertCard(ctx, input.kind, input.text, author) };
}

/** A card (or action) of this participant, of a kind the current step takes; or NOT_FOUND. */
function ownCard(ctx: Context, id: string) {
	const card = statement(
		'SELECT kind, selected FROM cards WHERE id = ? AND workshop_id = ? AND added_by = ?'
	).get(id, ctx.workshopId, participantOf(ctx)) as { kind: CardKind; selected: 0 | 1 } | undefined;
	if (!card || !stepCards(ctx).includes(card.kind)) throw new DomainError('NOT_FOUND');
	return card;
}

export function editOwnCard(ctx: Context, input: Input<typeof schemas.ownCardEditSchema>) {
	ownCard(ctx, input.id);
	update(ctx, input.id, { text: input.text });
	ctx.change.mine.add(participantOf(ctx));
}

/** Takes back a card or action, unless it became a commitment. */
export function withdrawCard(ctx: Context, input: Input<typeof withdrawSchema>) {
	if (ownCard(ctx, input.id).selected) throw new DomainError('IN_USE');
	// Cards the facilitator merged into it come back on their own.
	const merged = statement('SELECT id FROM cards WHERE merged_into = ?', { pluck: true }).all(
		input.id
	) as string[];
	statement('DELETE FROM cards WHERE id = ?').run(input.id);
	ctx.change.touch(CORE.cards, input.id, ...merged);
	ctx.change.mine.add(participantOf(ctx));
}

const COLUMNS = { text: 'text', cluster: 'cluster', hidden: 'hidden', selected: 'selected' };

/** Changes a card's text, cluster, hidden or chosen flag; false when it is not this workshop's. */
export function update(
	ctx: Context,
	cardId: string,
	changes: { text?: string; cluster?: string; hidden?: boolean; selected?: boolean }
): boolean {
	const entries = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[])
		.filter((key) => changes[key] !== undefined)
		.map((key) => {
			const value = changes[key];
			return [COLUMNS[key], typeof value === 'boolean' ? Number(value) : value] as const;
		});
	ctx.change.touch(CORE.cards, cardId);
	if (entries.length === 0) return !!cardOf(ctx.workshopId, cardId);
	const sets = entries.map(([column]) => `${column} = ?`).join(', ');
	return (
		statement(`UPDATE cards SET ${sets}, updated_at = ? WHERE id = ? AND workshop_id = ?`).run(
			...entries.map(([, value]) => value),
			ctx.now,
			cardId,
			ctx.workshopId
		).changes === 1
	);
}

export function editCard(ctx: Context, input: Input<typeof schemas.cardEditSchema>) {
	facilitatorOf(ctx);
	const { id, ...changes } = input;
	found(update(ctx, id, changes));
}

/**
 * Merges one card into another (same kind, same workshop): the source is kept but marked
 * merged, its linked values join the target's, and for actions its ratings move to the target
 * where the rater has not rated the target yet, so no rating is lost or counted twice.
 */
export function mergeCards(ctx: Context, input: Input<typeof schemas.cardMergeSchema>) {
	facilitatorOf(ctx);
	const { sourceId, targetId } = input;
	const source = cardOf(ctx.workshopId, sourceId);
	const target = cardOf(ctx.workshopId, targetId);
	if (sourceId === targetId || !source || !target || source.kind !== target.kind)
		throw new DomainError('NOT_FOUND');
	if (target.mergedInto) throw new DomainError('NOT_FOUND');
	const mergedBefore = statement('SELECT id FROM cards WHERE merged_into = ?', {
		pluck: true
	}).all(sourceId) as string[];
	statement('UPDATE cards SET merged_into = ?, updated_at = ? WHERE id = ? OR merged_into = ?').run(
		targetId,
		ctx.now,
		sourceId,
		sourceId
	);
	statement(
		'INSERT OR IGNORE INTO action_values (action_id, value_id) SELECT ?, value_id FROM action_values WHERE action_id = ?'
	).run(targetId, sourceId);
	for (const listener of mergeListeners) listener(ctx, sourceId, targetId);
	ctx.change.touch(CORE.cards, sourceId, targetId, ...mergedBefore);
}

/** What other aggregates do when two actions merge (the rating step moves the ratings). */
type MergeListener = (ctx: Context, sourceId: string, targetId: string) => void;
const mergeListeners: MergeListener[] = [];
export const onMerge = (listener: MergeListener) => void mergeListeners.push(listener);

export const participantHandlers = handlers(schemas.participantEvents, {
	'card:add': addCard,
	'card:edit-own': editOwnCard,
	'card:withdraw': withdrawCard
});

export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'card:edit': editCard,
	'card:merge': mergeCards
});
