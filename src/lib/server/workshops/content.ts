// A workshop's own copy of its method's steps and catalogue, and the facilitator's edits.
import { minutesToMs } from '$lib/format';
import { methodByKey, type Method } from '$lib/methods';
import type { Language } from '$lib/language';
import type { TimerState } from '$lib/workshop/timer';
import { getDb } from '../db';
import { newId } from '../ids';
import { alreadyStored, type Author } from './idempotency';

/**
 * Copies a method's steps (with the facilitator notes in the workshop's language) and catalogue
 * into a new workshop. Idempotent: a workshop that has steps or a catalogue keeps them.
 */
export function seedWorkshopContent(
	workshopId: string,
	method: Method,
	language: Language,
	now = Date.now()
): void {
	const db = getDb();
	db.transaction(() => {
		const insertStep = db.prepare(
			`INSERT OR IGNORE INTO workshop_steps (workshop_id, number, kind, title_nl, title_en,
				question_nl, question_en, facilitator_notes, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		method.steps.forEach((step, index) =>
			insertStep.run(
				workshopId,
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
		const insertSeat = db.prepare(
			`INSERT OR IGNORE INTO workshop_seats (workshop_id, key, name_nl, name_en, position)
			VALUES (?, ?, ?, ?, ?)`
		);
		method.seats.forEach((seat, index) =>
			insertSeat.run(workshopId, seat.key, seat.name.nl, seat.name.en, index + 1)
		);
		const hasCatalogue = db
			.prepare('SELECT 1 FROM catalogue_principles WHERE workshop_id = ?')
			.get(workshopId);
		if (hasCatalogue) return;
		const insertPrinciple = db.prepare(
			`INSERT INTO catalogue_principles (workshop_id, key, foundation_key, foundation_nl, foundation_en,
				name_nl, name_en, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const insertValue = db.prepare(
			`INSERT INTO workshop_values (id, workshop_id, principle_key, name_nl, name_en, description_nl,
				description_en, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		let principlePosition = 0;
		let valuePosition = 0;
		for (const foundation of method.catalogue.foundations) {
			for (const principle of foundation.principles) {
				insertPrinciple.run(
					workshopId,
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
						workshopId,
						principle.key,
						value.name.nl,
						value.name.en,
						value.description.nl,
						value.description.en,
						valuePosition++,
						now
					);
				}
			}
		}
	})();
}

/** Gives workshops created before their content existed (schema 1) their method's content. */
export function seedMissingContent(): void {
	const workshops = getDb()
		.prepare(
			`SELECT id, method, language FROM workshops w
			WHERE NOT EXISTS (SELECT 1 FROM workshop_steps s WHERE s.workshop_id = w.id)`
		)
		.all() as { id: string; method: string; language: Language }[];
	for (const { id, method, language } of workshops) {
		seedWorkshopContent(id, methodByKey(method), language);
	}
}

export function saveTimer(workshopId: string, number: number, timer: TimerState): void {
	getDb()
		.prepare(
			'UPDATE workshop_steps SET duration_ms = ?, elapsed_ms = ?, running_since = ? WHERE workshop_id = ? AND number = ?'
		)
		.run(timer.durationMs, timer.elapsedMs, timer.runningSince, workshopId, number);
}

export function setStepFlags(
	workshopId: string,
	number: number,
	flags: { locked?: boolean; revealed?: boolean }
): void {
	const db = getDb();
	if (flags.locked !== undefined) {
		db.prepare(
			'UPDATE workshop_steps SET input_locked = ? WHERE workshop_id = ? AND number = ?'
		).run(Number(flags.locked), workshopId, number);
	}
	if (flags.revealed !== undefined) {
		db.prepare(
			'UPDATE workshop_steps SET results_revealed = ? WHERE workshop_id = ? AND number = ?'
		).run(Number(flags.revealed), workshopId, number);
	}
}

export interface StepEdit {
	number: number;
	durationMs: number;
	titleNl: string;
	titleEn: string;
	questionNl: string;
	questionEn: string;
	notes: string;
}

export function editStep(workshopId: string, edit: StepEdit): void {
	getDb()
		.prepare(
			`UPDATE workshop_steps SET duration_ms = ?, title_nl = ?, title_en = ?, question_nl = ?,
				question_en = ?, facilitator_notes = ? WHERE workshop_id = ? AND number = ?`
		)
		.run(
			edit.durationMs,
			edit.titleNl,
			edit.titleEn,
			edit.questionNl,
			edit.questionEn,
			edit.notes,
			workshopId,
			edit.number
		);
}

export interface ValueEdit {
	id: string;
	nameNl: string;
	nameEn: string;
	descriptionNl: string;
	descriptionEn: string;
	principleKey: string;
	hidden: boolean;
}

/** Renames, moves or hides a value of this workshop; false when it is not this workshop's. */
export function editValue(workshopId: string, edit: ValueEdit): boolean {
	const result = getDb()
		.prepare(
			`UPDATE workshop_values SET name_nl = ?, name_en = ?, description_nl = ?, description_en = ?,
				principle_key = ?, hidden = ? WHERE id = ? AND workshop_id = ?
				AND EXISTS (SELECT 1 FROM catalogue_principles WHERE workshop_id = ? AND key = ?)`
		)
		.run(
			edit.nameNl,
			edit.nameEn,
			edit.descriptionNl,
			edit.descriptionEn,
			edit.principleKey,
			Number(edit.hidden),
			edit.id,
			workshopId,
			workshopId,
			edit.principleKey
		);
	return result.changes === 1;
}

export function principleExists(workshopId: string, principleKey: string): boolean {
	return !!getDb()
		.prepare('SELECT 1 FROM catalogue_principles WHERE workshop_id = ? AND key = ?')
		.get(workshopId, principleKey);
}

/** Adds a value (by the facilitator, or by a participant with an idempotency key). */
export function addValue(
	workshopId: string,
	input: {
		principleKey: string;
		nameNl: string;
		nameEn: string;
		descriptionNl?: string;
		descriptionEn?: string;
	},
	author: Author = null,
	now = Date.now()
): string {
	const db = getDb();
	return db.transaction(() => {
		const existing = alreadyStored('workshop_values', author);
		if (existing) return existing;
		const position = db
			.prepare('SELECT COALESCE(MAX(position), 0) + 1 FROM workshop_values WHERE workshop_id = ?')
			.pluck()
			.get(workshopId) as number;
		const id = newId();
		db.prepare(
			`INSERT INTO workshop_values (id, workshop_id, principle_key, name_nl, name_en, description_nl,
				description_en, position, added_by, client_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			id,
			workshopId,
			input.principleKey,
			input.nameNl,
			input.nameEn,
			input.descriptionNl ?? '',
			input.descriptionEn ?? '',
			position,
			author?.participantId ?? null,
			author?.clientId ?? null,
			now
		);
		return id;
	})();
}

export function setValueSelected(workshopId: string, valueId: string, selected: boolean): boolean {
	return (
		getDb()
			.prepare('UPDATE workshop_values SET selected = ? WHERE id = ? AND workshop_id = ?')
			.run(Number(selected), valueId, workshopId).changes === 1
	);
}

export function setVotingRules(workshopId: string, budget: number, maxPerValue: number): void {
	getDb()
		.prepare('UPDATE workshops SET dot_budget = ?, max_dots_per_value = ? WHERE id = ?')
		.run(budget, maxPerValue, workshopId);
}
