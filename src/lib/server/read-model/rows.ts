// The read model's one way into SQLite: a workshop's rows, typed, every table read by exactly one
// query here. The whole workshop is loaded in one read transaction (a consistent snapshot); a
// patch loads only the rows of the items that changed, through the same queries with an id list.
// Flags come back as SQLite has them (0 or 1); the projections turn them into booleans.
import type { Language } from '$lib/language';
import type { StepKind } from '$lib/steps/registry';
import type {
	CardKind,
	CommitmentStatus,
	EarlierSession,
	Perspective,
	Progress
} from '$lib/workshop/state';
import { getDb } from '../db';
import { statement } from '../db/statements';

type Flag = 0 | 1;

export interface WorkshopRow {
	id: string;
	ownerId: string;
	/** The owner's display name. */
	facilitator: string;
	title: string;
	organisation: string;
	caseDescription: string;
	scheduledOn: string;
	language: Language;
	method: string;
	joinCode: string;
	currentStep: number;
	stepChangedAt: number;
	dotBudget: number;
	maxDotsPerValue: number;
	joinLocked: Flag;
	retentionDays: number;
	purgedAt: number | null;
	createdAt: number;
	beamerJoin: 'auto' | 'shown' | 'hidden';
	beamerClosingNotes: Flag;
	beamerChime: Flag;
}

export interface StepRow {
	number: number;
	/** Checked against the registry by the projections: an unknown kind is an error. */
	kind: StepKind;
	titleNl: string;
	titleEn: string;
	questionNl: string;
	questionEn: string;
	notes: string;
	durationMs: number;
	elapsedMs: number;
	runningSince: number | null;
	locked: Flag;
	revealed: Flag;
}

export interface PrincipleRow {
	key: string;
	foundationKey: string;
	foundationNl: string;
	foundationEn: string;
	nameNl: string;
	nameEn: string;
}

export interface SeatRow {
	key: string;
	nameNl: string;
	nameEn: string;
}

export interface ParticipantRow {
	id: string;
	displayName: string;
	perspective: Perspective | null;
	role: string;
	seat: string | null;
	joinedAt: number;
	lastSeenAt: number;
	removed: Flag;
}

export interface ValueRow {
	id: string;
	principleKey: string;
	nameNl: string;
	nameEn: string;
	descriptionNl: string;
	descriptionEn: string;
	hidden: Flag;
	selected: Flag;
	addedBy: string | null;
}

export interface VoteRow {
	participantId: string;
	valueId: string;
	dots: number;
}

export interface TensionRow {
	id: string;
	valueAId: string;
	valueBId: string;
	note: string;
	hidden: Flag;
	addedBy: string | null;
}

export interface CardRow {
	id: string;
	kind: CardKind;
	text: string;
	cluster: string;
	hidden: Flag;
	mergedInto: string | null;
	selected: Flag;
	addedBy: string | null;
}

export interface LinkRow {
	actionId: string;
	valueId: string;
}

export interface RatingRow {
	participantId: string;
	actionId: string;
	necessity: number;
	importance: number;
}

export interface CommitmentRow {
	id: string;
	actionId: string;
	owner: string;
	/** For reminders and the status link by e-mail: only the action list shows it. */
	ownerEmail: string | null;
	dueOn: string | null;
	status: CommitmentStatus;
	/** The latest short status note (from the owner's status link or the action list). */
	note: string;
	/** A measure of the Algoritmekader it carries out (urn:nl:ak:mtr:...). */
	measureUrn: string | null;
	/** The commitment in an earlier session this one continues, if it was carried over. */
	carriedFrom: string | null;
	createdAt: number;
}

export interface VolunteerRow {
	commitmentId: string;
	participantId: string;
}

export interface HistoryRow {
	commitmentId: string;
	changedAt: number;
	changedBy: string;
	/** On the dashboard or action list, or by the owner through a status link. */
	via: 'facilitator' | 'link' | 'session';
	field: 'owner' | 'owner_email' | 'due_on' | 'status' | 'note' | 'measure_urn';
	oldValue: string | null;
	newValue: string | null;
}

export interface ReflectionRow {
	participantId: string;
	principleKey: string;
	score: number;
	comment: string;
}

export interface ClosingNoteRow {
	participantId: string;
	text: string;
}

type Id = string | number;

/**
 * One table's query for a workshop: all its rows, or only those whose `column` is in `ids`
 * (passed as one JSON array, so each query is compiled once whatever the number of ids).
 */
function table<Row>(select: string, column: string, order: string) {
	return (workshopId: string, ids?: readonly Id[]): Row[] => {
		if (!ids) return statement(`${select} ${order}`).all(workshopId) as Row[];
		if (ids.length === 0) return [];
		return statement(`${select} AND ${column} IN (SELECT value FROM json_each(?)) ${order}`).all(
			workshopId,
			JSON.stringify(ids)
		) as Row[];
	};
}

export const rowsOf = {
	steps: table<StepRow>(
		`SELECT number, kind, title_nl AS titleNl, title_en AS titleEn, question_nl AS questionNl,
			question_en AS questionEn, facilitator_notes AS notes, duration_ms AS durationMs,
			elapsed_ms AS elapsedMs, running_since AS runningSince, input_locked AS locked,
			results_revealed AS revealed
		FROM workshop_steps WHERE workshop_id = ?`,
		'number',
		'ORDER BY number'
	),
	seats: table<SeatRow>(
		'SELECT key, name_nl AS nameNl, name_en AS nameEn FROM workshop_seats WHERE workshop_id = ?',
		'key',
		'ORDER BY position'
	),
	principles: table<PrincipleRow>(
		`SELECT key, foundation_key AS foundationKey, foundation_nl AS foundationNl,
			foundation_en AS foundationEn, name_nl AS nameNl, name_en AS nameEn
		FROM catalogue_principles WHERE workshop_id = ?`,
		'key',
		'ORDER BY position'
	),
	participants: table<ParticipantRow>(
		`SELECT id, display_name AS displayName, perspective, role, seat, joined_at AS joinedAt,
			last_seen_at AS lastSeenAt, removed
		FROM participants WHERE workshop_id = ?`,
		'id',
		'ORDER BY joined_at, rowid'
	),
	values: table<ValueRow>(
		`SELECT id, principle_key AS principleKey, name_nl AS nameNl, name_en AS nameEn,
			description_nl AS descriptionNl, description_en AS descriptionEn, hidden, selected,
			added_by AS addedBy
		FROM workshop_values WHERE workshop_id = ?`,
		'id',
		'ORDER BY position, created_at, rowid'
	),
	votes: table<VoteRow>(
		`SELECT v.participant_id AS participantId, v.value_id AS valueId, v.dots
		FROM value_votes v JOIN workshop_values w ON w.id = v.value_id WHERE w.workshop_id = ?`,
		'v.value_id',
		'ORDER BY v.value_id, v.participant_id'
	),
	tensions: table<TensionRow>(
		`SELECT id, value_a_id AS valueAId, value_b_id AS valueBId, note, hidden, added_by AS addedBy
		FROM value_tensions WHERE workshop_id = ?`,
		'id',
		'ORDER BY created_at, rowid'
	),
	cards: table<CardRow>(
		`SELECT id, kind, text, cluster, hidden, merged_into AS mergedInto, selected,
			added_by AS addedBy
		FROM cards WHERE workshop_id = ?`,
		'id',
		'ORDER BY created_at, rowid'
	),
	links: table<LinkRow>(
		`SELECT av.action_id AS actionId, av.value_id AS valueId
		FROM action_values av JOIN cards c ON c.id = av.action_id WHERE c.workshop_id = ?`,
		'av.action_id',
		'ORDER BY av.action_id, av.value_id'
	),
	ratings: table<RatingRow>(
		`SELECT r.participant_id AS participantId, r.action_id AS actionId, r.necessity, r.importance
		FROM action_ratings r JOIN cards c ON c.id = r.action_id WHERE c.workshop_id = ?`,
		'r.action_id',
		'ORDER BY r.action_id, r.participant_id'
	),
	commitments: table<CommitmentRow>(
		`SELECT id, action_id AS actionId, owner, owner_email AS ownerEmail, due_on AS dueOn, status, note,
			measure_urn AS measureUrn, carried_from AS carriedFrom, created_at AS createdAt
		FROM commitments WHERE workshop_id = ?`,
		'id',
		'ORDER BY created_at, rowid'
	),
	volunteers: table<VolunteerRow>(
		`SELECT v.commitment_id AS commitmentId, v.participant_id AS participantId
		FROM commitment_volunteers v JOIN commitments m ON m.id = v.commitment_id
		WHERE m.workshop_id = ?`,
		'v.commitment_id',
		'ORDER BY v.created_at, v.participant_id'
	),
	history: table<HistoryRow>(
		`SELECT h.commitment_id AS commitmentId, h.changed_at AS changedAt, h.changed_by AS changedBy,
			h.via, h.field, h.old_value AS oldValue, h.new_value AS newValue
		FROM commitment_history h JOIN commitments m ON m.id = h.commitment_id
		WHERE m.workshop_id = ?`,
		'h.commitment_id',
		'ORDER BY h.changed_at DESC, h.id DESC'
	),
	reflections: table<ReflectionRow>(
		`SELECT r.participant_id AS participantId, r.principle_key AS principleKey, r.score, r.comment
		FROM reflections r JOIN participants p ON p.id = r.participant_id WHERE p.workshop_id = ?`,
		'r.principle_key',
		'ORDER BY r.updated_at, r.participant_id'
	),
	closingNotes: table<ClosingNoteRow>(
		`SELECT n.participant_id AS participantId, n.text
		FROM closing_notes n JOIN participants p ON p.id = n.participant_id WHERE p.workshop_id = ?`,
		'n.participant_id',
		'ORDER BY n.updated_at, n.participant_id'
	)
};

export function workshopRow(workshopId: string): WorkshopRow | undefined {
	return statement(
		`SELECT w.id, w.owner_id AS ownerId, f.display_name AS facilitator, w.title, w.organisation,
			w.case_description AS caseDescription, w.scheduled_on AS scheduledOn, w.language, w.method,
			w.join_code AS joinCode, w.current_step AS currentStep, w.step_changed_at AS stepChangedAt,
			w.dot_budget AS dotBudget, w.max_dots_per_value AS maxDotsPerValue,
			w.join_locked AS joinLocked, w.retention_days AS retentionDays, w.purged_at AS purgedAt,
			w.created_at AS createdAt, w.beamer_join AS beamerJoin,
			w.beamer_closing_notes AS beamerClosingNotes, w.beamer_chime AS beamerChime
		FROM workshops w JOIN facilitators f ON f.id = w.owner_id WHERE w.id = ?`
	).get(workshopId) as WorkshopRow | undefined;
}

export type TableName = keyof typeof rowsOf;
/**
 * The sessions a follow-up continues (the workshop it was planned from, and so on back), oldest
 * first, each with the room's mean reflection per principle. Empty for a first workshop.
 */
export function earlierSessions(workshopId: string): EarlierSession[] {
	const rows = statement(
		`WITH RECURSIVE chain (id, depth) AS (
			SELECT follows_id, 1 FROM workshops WHERE id = ? AND follows_id IS NOT NULL
			UNION ALL
			SELECT w.follows_id, c.depth + 1 FROM workshops w JOIN chain c ON w.id = c.id
			WHERE w.follows_id IS NOT NULL AND c.depth < 100
		)
		SELECT w.id, w.title, w.scheduled_on AS scheduledOn, c.depth, r.principle_key AS principleKey,
			AVG(r.score) AS mean, COUNT(r.score) AS count
		FROM chain c JOIN workshops w ON w.id = c.id
		LEFT JOIN participants p ON p.workshop_id = w.id
		LEFT JOIN reflections r ON r.participant_id = p.id
		GROUP BY w.id, r.principle_key ORDER BY c.depth DESC`
	).all(workshopId) as {
		id: string;
		title: string;
		scheduledOn: string;
		principleKey: string | null;
		mean: number | null;
		count: number;
	}[];
	const sessions = new Map<string, EarlierSession>();
	for (const row of rows) {
		let session = sessions.get(row.id);
		if (!session) {
			session = { title: row.title, scheduledOn: row.scheduledOn, reflection: {} };
			sessions.set(row.id, session);
		}
		if (row.principleKey && row.mean !== null) {
			session.reflection[row.principleKey] = { mean: row.mean, count: row.count };
		}
	}
	return [...sessions.values()];
}

export type WorkshopRows = { workshop: WorkshopRow; earlier: EarlierSession[] } & {
	[T in TableName]: ReturnType<(typeof rowsOf)[T]>;
};

/** Every row of a workshop, as one consistent snapshot; null when there is no such workshop. */
export function loadWorkshopRows(workshopId: string): WorkshopRows | null {
	return getDb().transaction(() => {
		const workshop = workshopRow(workshopId);
		if (!workshop) return null;
		const rows = { workshop, earlier: earlierSessions(workshopId) } as WorkshopRows;
		for (const name of Object.keys(rowsOf) as TableName[]) {
			(rows as Record<TableName, unknown>)[name] = rowsOf[name](workshopId);
		}
		return rows;
	})();
}

/** A participant's own rows (for their own inputs), across the tables that hold them. */
export function participantRows(participantId: string) {
	return {
		participant: statement('SELECT perspective, role, seat FROM participants WHERE id = ?').get(
			participantId
		) as Pick<ParticipantRow, 'perspective' | 'role' | 'seat'> | undefined,
		votes: statement(
			'SELECT participant_id AS participantId, value_id AS valueId, dots FROM value_votes WHERE participant_id = ?'
		).all(participantId) as VoteRow[],
		ratings: statement(
			`SELECT participant_id AS participantId, action_id AS actionId, necessity, importance
			FROM action_ratings WHERE participant_id = ?`
		).all(participantId) as RatingRow[],
		volunteers: statement(
			'SELECT commitment_id AS commitmentId, participant_id AS participantId FROM commitment_volunteers WHERE participant_id = ?'
		).all(participantId) as VolunteerRow[],
		reflections: statement(
			`SELECT participant_id AS participantId, principle_key AS principleKey, score, comment
			FROM reflections WHERE participant_id = ?`
		).all(participantId) as ReflectionRow[],
		closingNotes: statement(
			'SELECT participant_id AS participantId, text FROM closing_notes WHERE participant_id = ?'
		).all(participantId) as ClosingNoteRow[],
		ownCards: statement('SELECT id FROM cards WHERE added_by = ? ORDER BY created_at, rowid', {
			pluck: true
		}).all(participantId) as string[],
		ownValues: statement('SELECT id FROM workshop_values WHERE added_by = ? ORDER BY position', {
			pluck: true
		}).all(participantId) as string[]
	};
}

/**
 * Of the participants present now (their ids, from the live connections), how many gave their
 * perspective, voted, rated and reflected.
 */
export function progressOf(present: readonly string[]): Progress {
	if (present.length === 0) return { present: 0, profiled: 0, voted: 0, rated: 0, reflected: 0 };
	const counts = statement(
		`SELECT
			(SELECT COUNT(*) FROM participants
				WHERE id IN (SELECT value FROM json_each(@present)) AND perspective IS NOT NULL) AS profiled,
			(SELECT COUNT(DISTINCT participant_id) FROM value_votes
				WHERE participant_id IN (SELECT value FROM json_each(@present))) AS voted,
			(SELECT COUNT(DISTINCT participant_id) FROM action_ratings
				WHERE participant_id IN (SELECT value FROM json_each(@present))) AS rated,
			(SELECT COUNT(DISTINCT participant_id) FROM reflections
				WHERE participant_id IN (SELECT value FROM json_each(@present))) AS reflected`
	).get({ present: JSON.stringify(present) }) as Omit<Progress, 'present'>;
	return { present: present.length, ...counts };
}
