// The progress report of a workshop and the follow-up sessions before it: every commitment once
// (as its newest row) with its status over time, the room's reflection per principle at each
// session, and the obstacles and help named. One plain object, so the PDF and the fingerprint
// (export/record.ts) read the same thing.
import { dutchDate } from '$lib/dates';
import type { Language } from '$lib/language';
import type { CardKind, CommitmentStatus } from '$lib/workshop/state';
import { getDb } from '../db';

export interface ProgressSession {
	id: string;
	title: string;
	scheduledOn: string;
	/** Principle key → the room's mean score then, and how many answered. */
	reflection: Record<string, { mean: number; count: number }>;
}

export interface ProgressCommitment {
	action: string;
	owner: string;
	dueOn: string | null;
	status: CommitmentStatus;
	note: string;
	overdue: boolean;
	/** The session it was last carried into (or agreed in). */
	session: string;
	/** The status from the day it was agreed, then each change, oldest first. */
	timeline: { on: string; status: CommitmentStatus }[];
}

export interface ProgressReport {
	workshop: { title: string; organisation: string; language: Language; facilitator: string };
	/** The day the report describes: what is overdue depends on it. */
	asOf: string;
	/** Oldest first; the last is the workshop the report was made from. */
	sessions: ProgressSession[];
	principles: { key: string; name: { nl: string; en: string } }[];
	commitments: ProgressCommitment[];
	obstacles: { kind: Extract<CardKind, 'obstacle' | 'help'>; text: string; session: string }[];
}

const CLOSED: readonly CommitmentStatus[] = ['done', 'dropped'];

/** This workshop and the sessions it follows, oldest first. */
function chainOf(workshopId: string): { id: string; title: string; scheduledOn: string }[] {
	return getDb()
		.prepare(
			`WITH RECURSIVE chain (id, depth) AS (
				SELECT ?, 0
				UNION ALL
				SELECT w.follows_id, c.depth + 1 FROM workshops w JOIN chain c ON w.id = c.id
				WHERE w.follows_id IS NOT NULL AND c.depth < 100
			)
			SELECT w.id, w.title, w.scheduled_on AS scheduledOn
			FROM chain c JOIN workshops w ON w.id = c.id ORDER BY c.depth DESC`
		)
		.all(workshopId) as { id: string; title: string; scheduledOn: string }[];
}

export function progressReportOf(workshopId: string, today: string): ProgressReport | null {
	const db = getDb();
	const workshop = db
		.prepare(
			`SELECT w.title, w.organisation, w.language, f.display_name AS facilitator
			FROM workshops w JOIN facilitators f ON f.id = w.owner_id WHERE w.id = ?`
		)
		.get(workshopId) as ProgressReport['workshop'] | undefined;
	if (!workshop) return null;
	const chain = chainOf(workshopId);
	const ids = JSON.stringify(chain.map((s) => s.id));
	const titleOf = new Map(chain.map((s) => [s.id, s.title]));

	const means = db
		.prepare(
			`SELECT p.workshop_id AS workshopId, r.principle_key AS principleKey, AVG(r.score) AS mean,
				COUNT(*) AS count
			FROM reflections r JOIN participants p ON p.id = r.participant_id
			WHERE p.workshop_id IN (SELECT value FROM json_each(?))
			GROUP BY p.workshop_id, r.principle_key`
		)
		.all(ids) as { workshopId: string; principleKey: string; mean: number; count: number }[];
	const sessions = chain.map((s) => ({
		...s,
		reflection: Object.fromEntries(
			means
				.filter((m) => m.workshopId === s.id)
				.map((m) => [m.principleKey, { mean: m.mean, count: m.count }])
		)
	}));

	const principles = (
		db
			.prepare(
				`SELECT key, name_nl AS nl, name_en AS en FROM catalogue_principles
				WHERE workshop_id = ? ORDER BY position`
			)
			.all(workshopId) as { key: string; nl: string; en: string }[]
	).map(({ key, nl, en }) => ({ key, name: { nl, en } }));

	// Every commitment of the chain once: its newest row (one not carried on within the chain).
	const rows = db
		.prepare(
			`SELECT m.id, m.workshop_id AS workshopId, c.text AS action, m.owner, m.due_on AS dueOn,
				m.status, m.note
			FROM commitments m JOIN cards c ON c.id = m.action_id
			WHERE m.workshop_id IN (SELECT value FROM json_each(@ids))
				AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.carried_from = m.id
					AND n.workshop_id IN (SELECT value FROM json_each(@ids)))
			ORDER BY m.due_on IS NULL, m.due_on, m.created_at`
		)
		.all({ ids }) as (Omit<ProgressCommitment, 'overdue' | 'session' | 'timeline'> & {
		id: string;
		workshopId: string;
	})[];
	const lineage = db.prepare(
		`WITH RECURSIVE line (id) AS (
			SELECT ? UNION ALL
			SELECT m.carried_from FROM commitments m JOIN line l ON m.id = l.id WHERE m.carried_from IS NOT NULL
		)
		SELECT id FROM line`
	);
	const createdAt = db.prepare('SELECT created_at FROM commitments WHERE id = ?').pluck();
	const changes = db.prepare(
		`SELECT changed_at AS changedAt, new_value AS status FROM commitment_history
		WHERE field = 'status' AND commitment_id IN (SELECT value FROM json_each(?))
		ORDER BY changed_at, id`
	);
	const commitments = rows.map(({ id, workshopId: sessionId, ...row }) => {
		const line = lineage.pluck().all(id) as string[];
		const first = createdAt.get(line.at(-1)) as number;
		const timeline = [
			{ on: dutchDate(first), status: 'open' as CommitmentStatus },
			...(
				changes.all(JSON.stringify(line)) as { changedAt: number; status: CommitmentStatus }[]
			).map((c) => ({ on: dutchDate(c.changedAt), status: c.status }))
		];
		return {
			...row,
			overdue: row.dueOn !== null && row.dueOn < today && !CLOSED.includes(row.status),
			session: titleOf.get(sessionId) ?? '',
			timeline
		};
	});

	const obstacles = (
		db
			.prepare(
				`SELECT kind, text, workshop_id AS workshopId FROM cards
				WHERE workshop_id IN (SELECT value FROM json_each(?)) AND kind IN ('obstacle', 'help')
					AND hidden = 0 AND merged_into IS NULL
				ORDER BY created_at, rowid`
			)
			.all(ids) as { kind: 'obstacle' | 'help'; text: string; workshopId: string }[]
	).map(({ kind, text, workshopId: w }) => ({ kind, text, session: titleOf.get(w) ?? '' }));

	return {
		workshop,
		asOf: today,
		sessions: sessions.map(({ id, title, scheduledOn, reflection }) => ({
			id,
			title,
			scheduledOn,
			reflection
		})),
		principles,
		commitments,
		obstacles
	};
}

/** Shares of the commitments: done, on track (open or on track, not overdue), overdue. */
export function progressShares(report: ProgressReport) {
	const total = report.commitments.length;
	const count = (test: (c: ProgressCommitment) => boolean) =>
		report.commitments.filter(test).length;
	return {
		total,
		done: count((c) => c.status === 'done'),
		onTrack: count((c) => !c.overdue && (c.status === 'on_track' || c.status === 'open')),
		overdue: count((c) => c.overdue),
		troubled: count((c) => !c.overdue && (c.status === 'delayed' || c.status === 'blocked')),
		dropped: count((c) => c.status === 'dropped')
	};
}
