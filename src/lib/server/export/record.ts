// The canonical record of a workshop (the JSON archive) and its SHA-256 fingerprint.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { RECORD_FORMAT, type WorkshopRecord } from '$lib/schemas/record';
import type { CommitmentStatus, Perspective } from '$lib/workshop/state';
import { getDb } from '../db';

type Row = Record<string, unknown>;

/** Everything the workshop produced, in creation order, with references instead of ids. */
export function buildWorkshopRecord(workshopId: string): WorkshopRecord | null {
	const db = getDb();
	const all = (sql: string) => db.prepare(sql).all(workshopId) as Row[];
	const workshop = db
		.prepare(
			`SELECT w.*, f.display_name AS facilitator FROM workshops w JOIN facilitators f ON f.id = w.owner_id WHERE w.id = ?`
		)
		.get(workshopId) as Row | undefined;
	if (!workshop) return null;

	const participants = all(
		'SELECT * FROM participants WHERE workshop_id = ? ORDER BY joined_at, rowid'
	);
	const values = all(
		'SELECT * FROM workshop_values WHERE workshop_id = ? ORDER BY position, created_at, rowid'
	);
	const cards = all('SELECT * FROM cards WHERE workshop_id = ? ORDER BY created_at, rowid');
	const participantRef = new Map(participants.map((p, i) => [p.id as string, `p${i + 1}`]));
	const valueRef = new Map(values.map((v, i) => [v.id as string, `v${i + 1}`]));
	const cardRef = new Map(cards.map((c, i) => [c.id as string, `c${i + 1}`]));
	const pRef = (id: unknown) => (id ? (participantRef.get(id as string) ?? null) : null);
	const links = all(
		'SELECT av.action_id, av.value_id FROM action_values av JOIN cards c ON c.id = av.action_id WHERE c.workshop_id = ?'
	);
	const volunteers = all(
		`SELECT v.commitment_id, v.participant_id FROM commitment_volunteers v JOIN commitments m ON m.id = v.commitment_id
		WHERE m.workshop_id = ? ORDER BY v.created_at, v.participant_id`
	);
	const byRef = <T extends { participant?: string; value?: string; card?: string }>(rows: T[]) =>
		rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

	return {
		format: RECORD_FORMAT,
		version: 1,
		workshop: {
			title: workshop.title as string,
			organisation: workshop.organisation as string,
			caseDescription: workshop.case_description as string,
			scheduledOn: workshop.scheduled_on as string,
			language: workshop.language as 'nl' | 'en',
			facilitator: workshop.facilitator as string,
			currentStep: workshop.current_step as number,
			dotBudget: workshop.dot_budget as number,
			maxDotsPerValue: workshop.max_dots_per_value as number
		},
		steps: all('SELECT * FROM workshop_steps WHERE workshop_id = ? ORDER BY number').map((s) => ({
			number: s.number as number,
			titleNl: s.title_nl as string,
			titleEn: s.title_en as string,
			questionNl: s.question_nl as string,
			questionEn: s.question_en as string,
			minutes: Math.round((s.duration_ms as number) / 60_000),
			notes: s.facilitator_notes as string,
			locked: s.input_locked === 1,
			revealed: s.results_revealed === 1
		})),
		principles: all(
			'SELECT * FROM catalogue_principles WHERE workshop_id = ? ORDER BY position'
		).map((p) => ({
			key: p.key as string,
			foundationKey: p.foundation_key as string,
			foundationNl: p.foundation_nl as string,
			foundationEn: p.foundation_en as string,
			nameNl: p.name_nl as string,
			nameEn: p.name_en as string
		})),
		participants: participants.map((p) => ({
			ref: participantRef.get(p.id as string)!,
			name: p.display_name as string,
			perspective: (p.perspective as Perspective | null) ?? null,
			role: p.role as string
		})),
		values: values.map((v) => ({
			ref: valueRef.get(v.id as string)!,
			principleKey: v.principle_key as string,
			nameNl: v.name_nl as string,
			nameEn: v.name_en as string,
			descriptionNl: v.description_nl as string,
			descriptionEn: v.description_en as string,
			hidden: v.hidden === 1,
			selected: v.selected === 1,
			addedBy: pRef(v.added_by)
		})),
		votes: byRef(
			all(
				'SELECT v.* FROM value_votes v JOIN workshop_values w ON w.id = v.value_id WHERE w.workshop_id = ?'
			).map((v) => ({
				participant: participantRef.get(v.participant_id as string)!,
				value: valueRef.get(v.value_id as string)!,
				dots: v.dots as number
			}))
		),
		tensions: all(
			'SELECT * FROM value_tensions WHERE workshop_id = ? ORDER BY created_at, rowid'
		).map((t) => ({
			valueA: valueRef.get(t.value_a_id as string)!,
			valueB: valueRef.get(t.value_b_id as string)!,
			note: t.note as string,
			hidden: t.hidden === 1,
			addedBy: pRef(t.added_by)
		})),
		cards: cards.map((c) => ({
			ref: cardRef.get(c.id as string)!,
			kind: c.kind as WorkshopRecord['cards'][number]['kind'],
			text: c.text as string,
			cluster: c.cluster as string,
			hidden: c.hidden === 1,
			mergedInto: c.merged_into ? (cardRef.get(c.merged_into as string) ?? null) : null,
			selected: c.selected === 1,
			values: links
				.filter((l) => l.action_id === c.id)
				.map((l) => valueRef.get(l.value_id as string)!)
				.sort(),
			addedBy: pRef(c.added_by)
		})),
		ratings: byRef(
			all(
				'SELECT r.* FROM action_ratings r JOIN cards c ON c.id = r.action_id WHERE c.workshop_id = ?'
			).map((r) => ({
				participant: participantRef.get(r.participant_id as string)!,
				card: cardRef.get(r.action_id as string)!,
				necessity: r.necessity as number,
				importance: r.importance as number
			}))
		),
		commitments: all(
			'SELECT * FROM commitments WHERE workshop_id = ? ORDER BY created_at, rowid'
		).map((m) => ({
			card: cardRef.get(m.action_id as string)!,
			owner: m.owner as string,
			dueOn: (m.due_on as string | null) ?? null,
			status: m.status as CommitmentStatus,
			volunteers: volunteers
				.filter((v) => v.commitment_id === m.id)
				.map((v) => participantRef.get(v.participant_id as string)!)
		})),
		reflections: byRef(
			all(
				'SELECT r.* FROM reflections r JOIN participants p ON p.id = r.participant_id WHERE p.workshop_id = ?'
			).map((r) => ({
				participant: participantRef.get(r.participant_id as string)!,
				principleKey: r.principle_key as string,
				score: r.score as number,
				comment: r.comment as string
			}))
		),
		closingNotes: byRef(
			all(
				'SELECT n.* FROM closing_notes n JOIN participants p ON p.id = n.participant_id WHERE p.workshop_id = ?'
			).map((n) => ({
				participant: participantRef.get(n.participant_id as string)!,
				text: n.text as string
			}))
		)
	};
}

/** JSON with object keys sorted at every level: the same record always gives the same bytes. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/** SHA-256 (hex) of the canonical record. */
export function fingerprintOf(record: WorkshopRecord): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(canonicalJson(record))));
}

export type ExportFormat = 'pdf' | 'csv' | 'md' | 'ics' | 'json';

/** Remembers that an export with this fingerprint was handed out, so it can be verified later. */
export function recordFingerprint(
	workshopId: string,
	fingerprint: string,
	format: ExportFormat
): void {
	getDb()
		.prepare(
			'INSERT OR IGNORE INTO export_fingerprints (fingerprint, workshop_id, format, created_at) VALUES (?, ?, ?, ?)'
		)
		.run(fingerprint, workshopId, format, Date.now());
}

export interface FingerprintCheck {
	known: boolean;
	/** Whether the workshop's record today still has this fingerprint. */
	current: boolean;
	workshopTitle: string | null;
	issuedAt: number | null;
}

/** Looks a fingerprint up: was it issued by this app, and does the record still match it? */
export function verifyFingerprint(fingerprint: string): FingerprintCheck {
	const row = getDb()
		.prepare(
			`SELECT e.workshop_id AS workshopId, MIN(e.created_at) AS issuedAt, w.title FROM export_fingerprints e
			JOIN workshops w ON w.id = e.workshop_id WHERE e.fingerprint = ? GROUP BY e.workshop_id LIMIT 1`
		)
		.get(fingerprint.toLowerCase()) as
		{ workshopId: string; issuedAt: number; title: string } | undefined;
	if (!row) return { known: false, current: false, workshopTitle: null, issuedAt: null };
	const record = buildWorkshopRecord(row.workshopId);
	return {
		known: true,
		current: !!record && fingerprintOf(record) === fingerprint.toLowerCase(),
		workshopTitle: row.title,
		issuedAt: row.issuedAt
	};
}
