// Imports a workshop archive (the JSON export) as a new workshop of the importing facilitator: the
// core's rows here, each step kind's through its record part, all in one transaction, so a broken
// archive changes nothing. An account-level command (`executeAccount`), whose writes to the new
// workshop go through `execute` as the importing facilitator.
import { isMethodKey } from '$lib/methods';
import type { WorkshopRecord } from '$lib/schemas/record';
import { minutesToMs } from '$lib/format';
import { statement } from '../db/statements';
import { buildWorkshopRecord, fingerprintOf } from '../export/record';
import { hashToken, newId, newToken } from '../ids';
import { RECORD_PARTS } from '../kinds';
import type { RestoreContext } from '../read-model/record-part';
import { execute, executeAccount, type Context } from './command';
import { noteImport } from './fingerprints';
import { createWorkshop } from './workshops';

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
	return executeAccount(() => {
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
		const actor = { kind: 'system', job: 'import' } as const;
		execute(id, actor, (ctx) => restore(ctx, record), undefined, now);
		if (archiveFingerprint) {
			const imported = fingerprintOf(buildWorkshopRecord(id)!);
			execute(id, actor, (ctx) => noteImport(ctx, archiveFingerprint, imported), undefined, now);
		}
		return id;
	});
}

/** Writes the record's rows into the new workshop: the core's, then each step kind's. */
function restore(ctx: Context, record: WorkshopRecord): void {
	const { workshopId: id, now } = ctx;
	const { workshop: meta } = record;
	{
		for (const table of ['workshop_values', 'catalogue_principles', 'workshop_steps']) {
			statement(`DELETE FROM ${table} WHERE workshop_id = ?`).run(id);
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

		const insertStep = statement(
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
		statement(
			'UPDATE workshops SET current_step = ?, dot_budget = ?, max_dots_per_value = ? WHERE id = ?'
		).run(meta.currentStep, meta.dotBudget, meta.maxDotsPerValue, id);
		const insertPrinciple = statement(
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
		const insertParticipant = statement(
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
		const insertValue = statement(
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
		const insertCard = statement(
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
		const setMerged = statement('UPDATE cards SET merged_into = ? WHERE id = ?');
		const link = statement('INSERT INTO action_values (action_id, value_id) VALUES (?, ?)');
		for (const c of record.cards) {
			if (c.mergedInto) setMerged.run(resolve(c.mergedInto), resolve(c.ref));
			for (const value of c.values) link.run(resolve(c.ref), resolve(value));
		}
		const insertCommitment = statement(
			'INSERT INTO commitments (id, workshop_id, action_id, owner, due_on, status, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
		);
		const insertVolunteer = statement(
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
		const parts: RestoreContext = {
			workshopId: id,
			now,
			resolve: (ref) => resolve(ref)!,
			resolveOrNull: resolve,
			fresh
		};
		for (const part of RECORD_PARTS) part.restore(record, parts);
	}
}
