// Imports a workshop archive (the JSON export) as a new workshop of the importing facilitator.
import { isMethodKey } from '$lib/methods';
import type { WorkshopRecord } from '$lib/schemas/record';
import { minutesToMs } from '$lib/format';
import { getDb } from '../db';
import { recordImport } from './record';
import { hashToken, newId, newToken } from '../ids';
import { createWorkshop } from '../workshops/workshops';

export class ImportError extends Error {}

/** The archive comes from a method this installation does not have. */
export class UnknownMethodImportError extends ImportError {
	constructor(readonly method: string) {
		super(`Unknown method "${method}"`);
	}
}

/** Creates a new workshop (new id and join code) holding everything in the record. */
export function importWorkshopRecord(
	ownerId: string,
	record: WorkshopRecord,
	/** The archive's own fingerprint, kept as the workshop's provenance for /verify. */
	{ archiveFingerprint }: { archiveFingerprint?: string } = {},
	now = Date.now()
): string {
	if (!isMethodKey(record.method)) throw new UnknownMethodImportError(record.method);
	const db = getDb();
	return db.transaction(() => {
		const { workshop: meta } = record;
		const workshop = createWorkshop(
			ownerId,
			{
				title: meta.title,
				organisation: meta.organisation,
				caseDescription: meta.caseDescription,
				scheduledOn: meta.scheduledOn,
				language: meta.language,
				method: record.method
			},
			now
		);
		const id = workshop.id;
		for (const table of ['workshop_values', 'catalogue_principles', 'workshop_steps']) {
			db.prepare(`DELETE FROM ${table} WHERE workshop_id = ?`).run(id);
		}
		const refs = new Map<string, string>();
		const resolve = (ref: string | null): string | null => {
			if (ref === null) return null;
			const found = refs.get(ref);
			if (!found) throw new ImportError(`Unknown reference ${ref}`);
			return found;
		};
		const fresh = (ref: string) => {
			if (refs.has(ref)) throw new ImportError(`Duplicate reference ${ref}`);
			const newRowId = newId();
			refs.set(ref, newRowId);
			return newRowId;
		};

		const insertStep = db.prepare(
			`INSERT INTO workshop_steps (workshop_id, number, kind, title_nl, title_en, question_nl, question_en,
				facilitator_notes, duration_ms, input_locked, results_revealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		for (const s of record.steps) {
			insertStep.run(
				id,
				s.number,
				s.kind,
				s.titleNl,
				s.titleEn,
				s.questionNl,
				s.questionEn,
				s.notes,
				minutesToMs(s.minutes),
				Number(s.locked),
				Number(s.revealed)
			);
		}
		if (!record.steps.some((s) => s.number === meta.currentStep)) {
			throw new ImportError(`No step ${meta.currentStep}`);
		}
		db.prepare(
			'UPDATE workshops SET current_step = ?, dot_budget = ?, max_dots_per_value = ? WHERE id = ?'
		).run(meta.currentStep, meta.dotBudget, meta.maxDotsPerValue, id);
		const insertPrinciple = db.prepare(
			`INSERT INTO catalogue_principles (workshop_id, key, foundation_key, foundation_nl, foundation_en, name_nl, name_en, position)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		record.principles.forEach((p, i) =>
			insertPrinciple.run(
				id,
				p.key,
				p.foundationKey,
				p.foundationNl,
				p.foundationEn,
				p.nameNl,
				p.nameEn,
				i
			)
		);
		const insertParticipant = db.prepare(
			`INSERT INTO participants (id, workshop_id, display_name, token_hash, joined_at, last_seen_at, perspective, role)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		// Imported participants keep their names and inputs; nobody holds their (new, random) tokens.
		record.participants.forEach((p, i) =>
			insertParticipant.run(
				fresh(p.ref),
				id,
				p.name,
				hashToken(newToken()),
				now + i,
				now + i,
				p.perspective,
				p.role
			)
		);
		const insertValue = db.prepare(
			`INSERT INTO workshop_values (id, workshop_id, principle_key, name_nl, name_en, description_nl, description_en,
				position, hidden, selected, added_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		record.values.forEach((v, i) =>
			insertValue.run(
				fresh(v.ref),
				id,
				v.principleKey,
				v.nameNl,
				v.nameEn,
				v.descriptionNl,
				v.descriptionEn,
				i,
				Number(v.hidden),
				Number(v.selected),
				resolve(v.addedBy),
				now
			)
		);
		const insertVote = db.prepare(
			'INSERT INTO value_votes (participant_id, value_id, dots, updated_at) VALUES (?, ?, ?, ?)'
		);
		for (const v of record.votes)
			insertVote.run(resolve(v.participant), resolve(v.value), v.dots, now);
		const insertTension = db.prepare(
			`INSERT INTO value_tensions (id, workshop_id, value_a_id, value_b_id, note, hidden, added_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		record.tensions.forEach((t, i) =>
			insertTension.run(
				newId(),
				id,
				resolve(t.valueA),
				resolve(t.valueB),
				t.note,
				Number(t.hidden),
				resolve(t.addedBy),
				now + i
			)
		);
		const insertCard = db.prepare(
			`INSERT INTO cards (id, workshop_id, kind, text, cluster, hidden, selected, added_by, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		record.cards.forEach((c, i) =>
			insertCard.run(
				fresh(c.ref),
				id,
				c.kind,
				c.text,
				c.cluster,
				Number(c.hidden),
				Number(c.selected),
				resolve(c.addedBy),
				now + i,
				now + i
			)
		);
		const setMerged = db.prepare('UPDATE cards SET merged_into = ? WHERE id = ?');
		const link = db.prepare('INSERT INTO action_values (action_id, value_id) VALUES (?, ?)');
		for (const c of record.cards) {
			if (c.mergedInto) setMerged.run(resolve(c.mergedInto), resolve(c.ref));
			for (const value of c.values) link.run(resolve(c.ref), resolve(value));
		}
		const insertRating = db.prepare(
			'INSERT INTO action_ratings (participant_id, action_id, necessity, importance, updated_at) VALUES (?, ?, ?, ?, ?)'
		);
		for (const r of record.ratings)
			insertRating.run(resolve(r.participant), resolve(r.card), r.necessity, r.importance, now);
		const insertCommitment = db.prepare(
			'INSERT INTO commitments (id, workshop_id, action_id, owner, due_on, status, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
		);
		const insertVolunteer = db.prepare(
			'INSERT INTO commitment_volunteers (commitment_id, participant_id, created_at) VALUES (?, ?, ?)'
		);
		record.commitments.forEach((m, i) => {
			const commitmentId = newId();
			insertCommitment.run(
				commitmentId,
				id,
				resolve(m.card),
				m.owner,
				m.dueOn,
				m.status,
				m.note,
				now + i,
				now + i
			);
			m.volunteers.forEach((v, j) => insertVolunteer.run(commitmentId, resolve(v), now + j));
		});
		const insertReflection = db.prepare(
			'INSERT INTO reflections (participant_id, principle_key, score, comment, updated_at) VALUES (?, ?, ?, ?, ?)'
		);
		for (const r of record.reflections)
			insertReflection.run(resolve(r.participant), r.principleKey, r.score, r.comment, now);
		const insertNote = db.prepare(
			'INSERT INTO closing_notes (participant_id, text, updated_at) VALUES (?, ?, ?)'
		);
		for (const n of record.closingNotes) insertNote.run(resolve(n.participant), n.text, now);
		if (archiveFingerprint) recordImport(id, archiveFingerprint, now);
		return id;
	})();
}
