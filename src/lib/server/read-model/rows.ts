// The core of the read model: a workshop's own row and the rows of its core tables (steps, seats,
// the catalogue, participants, cards, commitments), typed, each table read by exactly one query
// here. Each step kind reads its own tables in its folder with the same helper (./table.ts); the
// whole workshop is loaded in one read transaction (./load.ts). Flags come back as SQLite has them
// (0 or 1); the projections turn them into booleans.
import type { Language } from '$lib/language';
import type { StepKind } from '$lib/steps';
import type { CardKind, Perspective } from '$lib/vocabulary';
import { statement } from '../db/statements';
import { historyOf, type CommitmentFields } from './commitments';
import { table, type Flag } from './table';

/** A workshop, as every guard, page and export knows it: the one workshop type. */
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
	/** The session this follow-up was planned from. */
	followsId: string | null;
	reminderDays: number;
	purpose: string;
	location: string;
	/** HH:MM, local time; null when not planned yet. */
	startsAt: string | null;
	/** The organisation the workshop belongs to (its maker's, when made), or null. */
	organisationId: string | null;
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

export interface CommitmentRow extends CommitmentFields {
	/** The commitment in an earlier session this one continues, if it was carried over. */
	carriedFrom: string | null;
	createdAt: number;
}

export interface VolunteerRow {
	commitmentId: string;
	participantId: string;
}

export type { HistoryRow } from './commitments';

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
	/** Each commitment's changes, with those of the rows it continues (one commitment's course). */
	history: historyOf
};

export type TableName = keyof typeof rowsOf;

const WORKSHOP_COLUMNS = `w.id, w.owner_id AS ownerId, f.display_name AS facilitator, w.title,
	w.organisation, w.case_description AS caseDescription, w.scheduled_on AS scheduledOn, w.language,
	w.method, w.join_code AS joinCode, w.current_step AS currentStep,
	w.step_changed_at AS stepChangedAt, w.dot_budget AS dotBudget,
	w.max_dots_per_value AS maxDotsPerValue, w.join_locked AS joinLocked,
	w.retention_days AS retentionDays, w.purged_at AS purgedAt, w.created_at AS createdAt,
	w.beamer_join AS beamerJoin, w.beamer_closing_notes AS beamerClosingNotes,
	w.beamer_chime AS beamerChime, w.follows_id AS followsId, w.reminder_days AS reminderDays,
	w.purpose, w.location, w.starts_at AS startsAt, w.organisation_id AS organisationId
	FROM workshops w JOIN facilitators f ON f.id = w.owner_id`;

export function workshopRow(workshopId: string): WorkshopRow | undefined {
	return statement(`SELECT ${WORKSHOP_COLUMNS} WHERE w.id = ?`).get(workshopId) as
		WorkshopRow | undefined;
}

export function workshopByJoinCode(joinCode: string): WorkshopRow | undefined {
	return statement(`SELECT ${WORKSHOP_COLUMNS} WHERE w.join_code = ?`).get(joinCode) as
		WorkshopRow | undefined;
}

/**
 * Of a workshop `w` and the account `@facilitatorId`: the workshop is in no organisation, or the
 * account is a member of its organisation who may facilitate (a member who left, or became a
 * meekijker, no longer does, whatever the workshop's facilitators list).
 */
export const FACILITATES_IN_ORGANISATION = `(w.organisation_id IS NULL OR EXISTS (
	SELECT 1 FROM organisation_members om WHERE om.facilitator_id = @facilitatorId
		AND om.organisation_id = w.organisation_id AND om.role <> 'meekijker'))`;

/** The workshops a facilitator owns or co-facilitates, newest first, with how many took part. */
export function workshopsOf(facilitatorId: string): (WorkshopRow & { participantCount: number })[] {
	return statement(
		`SELECT ${WORKSHOP_COLUMNS.replace(
			'FROM workshops w',
			', (SELECT COUNT(*) FROM participants p WHERE p.workshop_id = w.id) AS participantCount FROM workshops w'
		)}
		WHERE (w.owner_id = @facilitatorId
			OR w.id IN (SELECT workshop_id FROM workshop_facilitators WHERE facilitator_id = @facilitatorId))
			AND ${FACILITATES_IN_ORGANISATION}
		ORDER BY w.scheduled_on DESC, w.created_at DESC`
	).all({ facilitatorId }) as (WorkshopRow & { participantCount: number })[];
}

/** Of the participants present (their ids), how many gave their profile in the opening. */
export function countProfiled(present: readonly string[]): number {
	return statement(
		`SELECT COUNT(*) FROM participants
		WHERE id IN (SELECT value FROM json_each(?)) AND perspective IS NOT NULL`,
		{ pluck: true }
	).get(JSON.stringify(present)) as number;
}
