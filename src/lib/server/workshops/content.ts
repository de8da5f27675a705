// A workshop's own copy of the step template and the CODIO catalogue, and the facilitator's edits.
import { CODIO_CATALOGUE } from '$lib/codio/catalogue';
import { STEPS } from '$lib/codio/steps';
import type { StepConfig } from '$lib/workshop/state';
import type { TimerState } from '$lib/workshop/timer';
import { getDb } from '../db';
import { newId } from '../ids';
import { alreadyStored, type Author } from './idempotency';

/** Copies the step template and the catalogue into a new workshop (idempotent). */
export function seedWorkshopContent(workshopId: string, now = Date.now()): void {
	const db = getDb();
	db.transaction(() => {
		const insertStep = db.prepare(
			`INSERT OR IGNORE INTO workshop_steps (workshop_id, number, title_nl, title_en, question_nl,
				question_en, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)`
		);
		for (const step of STEPS) {
			insertStep.run(
				workshopId,
				step.number,
				step.title.nl,
				step.title.en,
				step.question.nl,
				step.question.en,
				step.minutes * 60_000
			);
		}
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
		for (const foundation of CODIO_CATALOGUE.foundations) {
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

/** Gives workshops created before their content existed (schema 1) their steps and catalogue. */
export function seedMissingContent(): void {
	const ids = getDb()
		.prepare(
			'SELECT id FROM workshops w WHERE NOT EXISTS (SELECT 1 FROM workshop_steps s WHERE s.workshop_id = w.id)'
		)
		.pluck()
		.all() as string[];
	for (const id of ids) seedWorkshopContent(id);
}

interface StepRow {
	number: number;
	title_nl: string;
	title_en: string;
	question_nl: string;
	question_en: string;
	facilitator_notes: string;
	duration_ms: number;
	elapsed_ms: number;
	running_since: number | null;
	input_locked: number;
	results_revealed: number;
}

function toStep(row: StepRow): StepConfig {
	return {
		number: row.number,
		title: { nl: row.title_nl, en: row.title_en },
		question: { nl: row.question_nl, en: row.question_en },
		timer: {
			durationMs: row.duration_ms,
			elapsedMs: row.elapsed_ms,
			runningSince: row.running_since
		},
		locked: row.input_locked === 1,
		revealed: row.results_revealed === 1,
		notes: row.facilitator_notes
	};
}

export function listSteps(workshopId: string): StepConfig[] {
	const rows = getDb()
		.prepare('SELECT * FROM workshop_steps WHERE workshop_id = ? ORDER BY number')
		.all(workshopId) as StepRow[];
	return rows.map(toStep);
}

export function getStep(workshopId: string, number: number): StepConfig | null {
	const row = getDb()
		.prepare('SELECT * FROM workshop_steps WHERE workshop_id = ? AND number = ?')
		.get(workshopId, number) as StepRow | undefined;
	return row ? toStep(row) : null;
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
	minutes: number;
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
			edit.minutes * 60_000,
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
