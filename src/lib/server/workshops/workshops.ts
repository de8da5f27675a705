import { generateJoinCode } from '$lib/join-code';
import type { Language } from '$lib/language';
import { DEFAULT_METHOD } from '$lib/methods';
import type { WorkshopInput } from '$lib/schemas/workshop';
import { getDb } from '../db';
import { newId } from '../ids';
import { seedWorkshopContent } from './content';
import { methodFor } from './templates';

export interface Workshop {
	id: string;
	ownerId: string;
	title: string;
	organisation: string;
	caseDescription: string;
	scheduledOn: string;
	language: Language;
	method: string;
	joinCode: string;
	currentStep: number;
	stepChangedAt: number;
	createdAt: number;
}

const COLUMNS = `id, owner_id AS ownerId, title, organisation, case_description AS caseDescription,
	scheduled_on AS scheduledOn, language, method, join_code AS joinCode, current_step AS currentStep,
	step_changed_at AS stepChangedAt, created_at AS createdAt`;

/**
 * Creates a workshop with its own copy of the method's steps and catalogue (the method is the
 * input's, or CODIO); an unknown method is an error that names it.
 */
export function createWorkshop(
	ownerId: string,
	input: Omit<WorkshopInput, 'method'> & { method?: string },
	now = Date.now()
): Workshop {
	// The account's own template for this method, if it imported one; else the method as shipped.
	const method = methodFor(ownerId, input.method ?? DEFAULT_METHOD);
	const insert = getDb().prepare(
		`INSERT INTO workshops (id, owner_id, title, organisation, case_description, scheduled_on,
			language, method, join_code, current_step, step_changed_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`
	);
	// 32^6 ≈ 10^9 codes: a clash is rare, but when it happens we draw again.
	for (let attempt = 0; attempt < 10; attempt++) {
		const workshop: Workshop = {
			id: newId(),
			ownerId,
			title: input.title,
			organisation: input.organisation,
			caseDescription: input.caseDescription,
			scheduledOn: input.scheduledOn,
			language: input.language,
			method: method.key,
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
					workshop.method,
					workshop.joinCode,
					now,
					now
				);
				seedWorkshopContent(workshop.id, method, workshop.language, now);
			})();
			return workshop;
		} catch (error) {
			if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
		}
	}
	throw new Error('Could not find a free join code');
}

/** The workshops this facilitator owns or co-facilitates, newest first. */
export function listWorkshopsOf(
	facilitatorId: string
): (Workshop & { participantCount: number })[] {
	return getDb()
		.prepare(
			`SELECT ${COLUMNS}, (SELECT COUNT(*) FROM participants p WHERE p.workshop_id = workshops.id) AS participantCount
			FROM workshops WHERE owner_id = ?
				OR id IN (SELECT workshop_id FROM workshop_facilitators WHERE facilitator_id = ?)
			ORDER BY scheduled_on DESC, created_at DESC`
		)
		.all(facilitatorId, facilitatorId) as (Workshop & { participantCount: number })[];
}

export function getWorkshop(id: string): Workshop | null {
	return (
		(getDb().prepare(`SELECT ${COLUMNS} FROM workshops WHERE id = ?`).get(id) as Workshop) ?? null
	);
}

/** The workshop, only when this facilitator owns it (deleting, inviting, retention). */
export function getOwnedWorkshop(id: string, ownerId: string): Workshop | null {
	const workshop = getWorkshop(id);
	return workshop && workshop.ownerId === ownerId ? workshop : null;
}

/** The workshop, when this facilitator owns it or was invited as co-facilitator. */
export function getFacilitatedWorkshop(id: string, facilitatorId: string): Workshop | null {
	const workshop = getWorkshop(id);
	if (!workshop) return null;
	if (workshop.ownerId === facilitatorId) return workshop;
	const invited = getDb()
		.prepare('SELECT 1 FROM workshop_facilitators WHERE workshop_id = ? AND facilitator_id = ?')
		.get(id, facilitatorId);
	return invited ? workshop : null;
}

export function addCoFacilitator(
	workshopId: string,
	facilitatorId: string,
	now = Date.now()
): void {
	getDb()
		.prepare(
			'INSERT OR IGNORE INTO workshop_facilitators (workshop_id, facilitator_id, added_at) VALUES (?, ?, ?)'
		)
		.run(workshopId, facilitatorId, now);
}

/** Takes a co-facilitator's access away; true when there was any. */
export function removeCoFacilitator(workshopId: string, facilitatorId: string): boolean {
	return (
		getDb()
			.prepare('DELETE FROM workshop_facilitators WHERE workshop_id = ? AND facilitator_id = ?')
			.run(workshopId, facilitatorId).changes > 0
	);
}

export function listCoFacilitators(
	workshopId: string
): { id: string; displayName: string; email: string }[] {
	return getDb()
		.prepare(
			`SELECT f.id, f.display_name AS displayName, f.email FROM workshop_facilitators wf
			JOIN facilitators f ON f.id = wf.facilitator_id WHERE wf.workshop_id = ? ORDER BY wf.added_at`
		)
		.all(workshopId) as { id: string; displayName: string; email: string }[];
}

export function setJoinLocked(id: string, locked: boolean): void {
	getDb().prepare('UPDATE workshops SET join_locked = ? WHERE id = ?').run(Number(locked), id);
}

export function isJoinLocked(id: string): boolean {
	return getDb().prepare('SELECT join_locked FROM workshops WHERE id = ?').pluck().get(id) === 1;
}

export function setRetentionDays(id: string, days: number): void {
	getDb().prepare('UPDATE workshops SET retention_days = ? WHERE id = ?').run(days, id);
}

export function getRetentionDays(id: string): number {
	return getDb()
		.prepare('SELECT retention_days FROM workshops WHERE id = ?')
		.pluck()
		.get(id) as number;
}

/** Deletes a workshop with everything in it. */
export function deleteWorkshop(id: string): void {
	getDb().prepare('DELETE FROM workshops WHERE id = ?').run(id);
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
