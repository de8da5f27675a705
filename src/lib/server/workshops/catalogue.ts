// The catalogue aggregate: a workshop's own copy of its method's foundations, principles and
// values, which the facilitator renames, moves, hides, adds and chooses from, and to which
// participants add their own values (the values step). Its commands are the only writers of
// `catalogue_principles` and `workshop_values`.
import type { Method } from '$lib/methods';
import * as schemas from '$lib/schemas/catalogue';
import type { z } from 'zod';
import { statement } from '../db/statements';
import { newId } from '../ids';
import { handlers } from './handlers';
import { CORE } from './change';
import { DomainError, facilitatorOf, found, type Context } from './command';
import { alreadyStored, type Author } from './idempotency';

export { schemas };

type Input<Schema extends z.ZodType> = z.output<Schema>;

/** Copies a method's catalogue into a new workshop (part of creating it). */
export function seedCatalogue(ctx: Context, catalogue: Method['catalogue']): void {
	const insertPrinciple = statement(
		`INSERT INTO catalogue_principles (workshop_id, key, foundation_key, foundation_nl, foundation_en,
			name_nl, name_en, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertValue = statement(
		`INSERT INTO workshop_values (id, workshop_id, principle_key, name_nl, name_en, description_nl,
			description_en, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	let principlePosition = 0;
	let valuePosition = 0;
	for (const foundation of catalogue.foundations) {
		for (const principle of foundation.principles) {
			insertPrinciple.run(
				ctx.workshopId,
				principle.key,
				foundation.key,
				foundation.name.nl,
				foundation.name.en,
				principle.name.nl,
				principle.name.en,
				principlePosition++
			);
			for (const value of principle.values) {
				insertValue.run(
					newId(),
					ctx.workshopId,
					principle.key,
					value.name.nl,
					value.name.en,
					value.description.nl,
					value.description.en,
					valuePosition++,
					ctx.now
				);
			}
		}
	}
}

export function principleExists(workshopId: string, principleKey: string): boolean {
	return !!statement('SELECT 1 FROM catalogue_principles WHERE workshop_id = ? AND key = ?').get(
		workshopId,
		principleKey
	);
}

export interface NewValue {
	principleKey: string;
	nameNl: string;
	nameEn: string;
	descriptionNl?: string;
	descriptionEn?: string;
	selected?: boolean;
}

/**
 * Adds a value at the end of the list (by the facilitator, by a participant with an idempotency
 * key, or carried into a follow-up); a principle the workshop lacks is NOT_FOUND.
 */
export function addValue(ctx: Context, input: NewValue, author: Author = null): string {
	if (author) ctx.change.mine.add(author.participantId);
	const existing = alreadyStored('workshop_values', author);
	if (existing) {
		ctx.change.touch(CORE.values, existing);
		return existing;
	}
	if (!principleExists(ctx.workshopId, input.principleKey)) throw new DomainError('NOT_FOUND');
	const position = statement(
		'SELECT COALESCE(MAX(position), 0) + 1 FROM workshop_values WHERE workshop_id = ?',
		{ pluck: true }
	).get(ctx.workshopId) as number;
	const id = newId();
	statement(
		`INSERT INTO workshop_values (id, workshop_id, principle_key, name_nl, name_en, description_nl,
			description_en, position, selected, added_by, client_id, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		id,
		ctx.workshopId,
		input.principleKey,
		input.nameNl,
		input.nameEn,
		input.descriptionNl ?? '',
		input.descriptionEn ?? '',
		position,
		Number(input.selected ?? false),
		author?.participantId ?? null,
		author?.clientId ?? null,
		ctx.now
	);
	ctx.change.touch(CORE.values, id);
	return id;
}

/** Renames a value (a participant's own, in their words: the same in both languages). */
export function renameValue(ctx: Context, id: string, name: string): void {
	statement(
		'UPDATE workshop_values SET name_nl = ?, name_en = ? WHERE id = ? AND workshop_id = ?'
	).run(name, name, id, ctx.workshopId);
	ctx.change.touch(CORE.values, id);
}

/** Deletes a value (a participant's own, that nobody else's work depends on). */
export function deleteValue(ctx: Context, id: string): void {
	statement('DELETE FROM workshop_values WHERE id = ? AND workshop_id = ?').run(id, ctx.workshopId);
	ctx.change.touch(CORE.values, id);
}

export function selectValue(ctx: Context, input: Input<typeof schemas.valueSelectSchema>) {
	facilitatorOf(ctx);
	const changed = statement(
		'UPDATE workshop_values SET selected = ? WHERE id = ? AND workshop_id = ?'
	).run(Number(input.selected), input.valueId, ctx.workshopId).changes;
	found(changed === 1);
	ctx.change.touch(CORE.values, input.valueId);
}

/** Renames, moves or hides a value of this workshop. */
export function editValue(ctx: Context, input: Input<typeof schemas.valueEditSchema>) {
	facilitatorOf(ctx);
	const changed = statement(
		`UPDATE workshop_values SET name_nl = ?, name_en = ?, description_nl = ?, description_en = ?,
			principle_key = ?, hidden = ? WHERE id = ? AND workshop_id = ?
			AND EXISTS (SELECT 1 FROM catalogue_principles WHERE workshop_id = ? AND key = ?)`
	).run(
		input.nameNl,
		input.nameEn,
		input.descriptionNl,
		input.descriptionEn,
		input.principleKey,
		Number(input.hidden),
		input.id,
		ctx.workshopId,
		ctx.workshopId,
		input.principleKey
	).changes;
	found(changed === 1);
	ctx.change.touch(CORE.values, input.id);
}

export function createValue(ctx: Context, input: Input<typeof schemas.valueCreateSchema>) {
	facilitatorOf(ctx);
	addValue(ctx, input);
}

export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'value:select': selectValue,
	'value:edit': editValue,
	'value:create': createValue
});

/**
 * The value of this workshop that stands for a value of another workshop of its chain (by its
 * principle and Dutch name), chosen; added when it has none. Null when this workshop's catalogue
 * lacks the principle.
 */
export function chooseLike(
	ctx: Context,
	value: Required<Omit<NewValue, 'selected'>>
): string | null {
	const existing = statement(
		'SELECT id FROM workshop_values WHERE workshop_id = ? AND principle_key = ? AND name_nl = ?',
		{ pluck: true }
	).get(ctx.workshopId, value.principleKey, value.nameNl) as string | undefined;
	if (!existing) {
		if (!principleExists(ctx.workshopId, value.principleKey)) return null;
		return addValue(ctx, { ...value, selected: true });
	}
	statement('UPDATE workshop_values SET selected = 1 WHERE id = ?').run(existing);
	ctx.change.touch(CORE.values, existing);
	return existing;
}
