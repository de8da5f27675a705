import { generateJoinCode } from '$lib/join-code';
import type { Language } from '$lib/codio/steps';
import type { WorkshopInput } from '$lib/schemas/workshop';
import { getDb } from '../db';
import { newId } from '../ids';
import { seedWorkshopContent } from './content';

export interface Workshop {
	id: string;
	ownerId: string;
	title: string;
	organisation: string;
	caseDescription: string;
	scheduledOn: string;
	language: Language;
	joinCode: string;
	currentStep: number;
	stepChangedAt: number;
	createdAt: number;
}

const COLUMNS = `id, owner_id AS ownerId, title, organisation, case_description AS caseDescription,
	scheduled_on AS scheduledOn, language, join_code AS joinCode, current_step AS currentStep,
	step_changed_at AS stepChangedAt, created_at AS createdAt`;

export function createWorkshop(ownerId: string, input: WorkshopInput, now = Date.now()): Workshop {
	const insert = getDb().prepare(
		`INSERT INTO workshops (id, owner_id, title, organisation, case_description, scheduled_on,
			language, join_code, current_step, step_changed_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`
	);
	// 32^6 ≈ 10^9 codes: a clash is rare, but when it happens we draw again.
	for (let attempt = 0; attempt < 10; attempt++) {
		const workshop: Workshop = {
			id: newId(),
			ownerId,
			...input,
			joinCode: generateJoinCode(),
			currentStep: 1,
			stepChangedAt: now,
			createdAt: now
		};
		try {
			getDb().transaction(() => {
				insert.run(
					workshop.id,
					ownerId,
					workshop.title,
					workshop.organisation,
					workshop.caseDescription,
					workshop.scheduledOn,
					workshop.language,
					workshop.joinCode,
					now,
					now
				);
				seedWorkshopContent(workshop.id, now);
			})();
			return workshop;
		} catch (error) {
			if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
		}
	}
	throw new Error('Could not find a free join code');
}

export function listWorkshopsOf(ownerId: string): (Workshop & { participantCount: number })[] {
	return getDb()
		.prepare(
			`SELECT ${COLUMNS}, (SELECT COUNT(*) FROM participants p WHERE p.workshop_id = workshops.id) AS participantCount
			FROM workshops WHERE owner_id = ? ORDER BY scheduled_on DESC, created_at DESC`
		)
		.all(ownerId) as (Workshop & { participantCount: number })[];
}

export function getWorkshop(id: string): Workshop | null {
	return (
		(getDb().prepare(`SELECT ${COLUMNS} FROM workshops WHERE id = ?`).get(id) as Workshop) ?? null
	);
}

/** The workshop, only when this facilitator owns it. */
export function getOwnedWorkshop(id: string, ownerId: string): Workshop | null {
	const workshop = getWorkshop(id);
	return workshop && workshop.ownerId === ownerId ? workshop : null;
}

export function getWorkshopByJoinCode(joinCode: string): Workshop | null {
	return (
		(getDb()
			.prepare(`SELECT ${COLUMNS} FROM workshops WHERE join_code = ?`)
			.get(joinCode) as Workshop) ?? null
	);
}

/** Moves the workshop to a step; returns the updated workshop. */
export function setCurrentStep(id: string, step: number, now = Date.now()): Workshop | null {
	return (
		(getDb()
			.prepare(
				`UPDATE workshops SET current_step = ?, step_changed_at = ? WHERE id = ? RETURNING ${COLUMNS}`
			)
			.get(step, now, id) as Workshop) ?? null
	);
}
