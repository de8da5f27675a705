// The reflection's part of the read model: the score per principle (all on the dashboard; for the
// room once a step that holds it is revealed), and in a follow-up the earlier sessions' means
// beside it, each as blind for the room as it was in its own session; a participant's own scores.
import { statement } from '$lib/server/db/statements';
import { presentWithRowsIn } from '$lib/server/read-model/people';
import { chainOf } from '$lib/server/read-model/chain';
import { revealedResults, roomItems, roomResult } from '$lib/server/read-model/reveal';
import { defineSlice, itemOps, none, type SlicePatch } from '$lib/server/read-model/slice';
import { table } from '$lib/server/read-model/table';
import { changeKey } from '$lib/server/workshops/change';
import type { StepKind } from '$lib/steps';
import type { Patch } from '$lib/workshop/patch';
import type { FacilitatorState, ParticipantState } from '$lib/workshop/state';
import type { EarlierSession, ReflectionState, ReflectionSummary } from './state';

export const REFLECTION = { reflections: changeKey('reflections', { coalesce: true }) };

export interface ReflectionRow {
	participantId: string;
	principleKey: string;
	score: number;
	comment: string;
}

const reflectionsOf = table<ReflectionRow>(
	`SELECT r.participant_id AS participantId, r.principle_key AS principleKey, r.score, r.comment
	FROM reflections r JOIN participants p ON p.id = r.participant_id WHERE p.workshop_id = ?`,
	'r.principle_key',
	'ORDER BY r.updated_at, r.participant_id'
);

/** Mean score, number of answers and the (anonymous) comments per principle. */
export function summariesOf(reflections: readonly ReflectionRow[]): ReflectionSummary[] {
	const byPrinciple = new Map<string, { scores: number[]; comments: string[] }>();
	for (const row of reflections) {
		const entry = byPrinciple.get(row.principleKey) ?? { scores: [], comments: [] };
		entry.scores.push(row.score);
		if (row.comment) entry.comments.push(row.comment);
		byPrinciple.set(row.principleKey, entry);
	}
	return [...byPrinciple].map(([principleKey, { scores, comments }]) => ({
		principleKey,
		count: scores.length,
		mean: scores.reduce((a, b) => a + b, 0) / scores.length,
		distribution: [1, 2, 3, 4, 5].map((score) => scores.filter((s) => s === score).length),
		comments
	}));
}

/** The room's mean score per principle in each of these workshops (and how many answered). */
export function reflectionMeans(workshopIds: readonly string[]) {
	const means = new Map<string, EarlierSession['reflection']>();
	const rows = statement(
		`SELECT p.workshop_id AS workshopId, r.principle_key AS principleKey, AVG(r.score) AS mean,
			COUNT(*) AS count
		FROM reflections r JOIN participants p ON p.id = r.participant_id
		WHERE p.workshop_id IN (SELECT value FROM json_each(?)) GROUP BY p.workshop_id, r.principle_key`
	).all(JSON.stringify(workshopIds)) as {
		workshopId: string;
		principleKey: string;
		mean: number;
		count: number;
	}[];
	for (const row of rows) {
		const session = means.get(row.workshopId) ?? {};
		session[row.principleKey] = { mean: row.mean, count: row.count };
		means.set(row.workshopId, session);
	}
	return means;
}

/** The sessions before this one, with the room's mean per principle and whether they revealed it. */
export function earlierOf(workshopId: string): (EarlierSession & { revealed: boolean })[] {
	const sessions = chainOf(workshopId).slice(0, -1);
	if (sessions.length === 0) return [];
	const ids = JSON.stringify(sessions.map((s) => s.id));
	const means = reflectionMeans(sessions.map((s) => s.id));
	const steps = statement(
		`SELECT workshop_id AS workshopId, kind, results_revealed AS revealed FROM workshop_steps
		WHERE workshop_id IN (SELECT value FROM json_each(?))`
	).all(ids) as { workshopId: string; kind: StepKind; revealed: 0 | 1 }[];
	return sessions.map((session) => ({
		title: session.title,
		scheduledOn: session.scheduledOn,
		revealed: revealedResults(steps.filter((s) => s.workshopId === session.id)).has('reflections'),
		reflection: means.get(session.id) ?? {}
	}));
}

const withoutFlag = ({ revealed: _revealed, ...session }: EarlierSession & { revealed: boolean }) =>
	session;

export const reflectionSlice = defineSlice<ReflectionState>()({
	load: (workshopId) => ({
		reflections: reflectionsOf(workshopId),
		earlier: earlierOf(workshopId)
	}),
	facilitator: (rows) => ({
		reflections: summariesOf(rows.reflections),
		earlier: rows.earlier.map(withoutFlag)
	}),
	room: (rows, _core, revealed) => ({
		reflections: roomResult(revealed, 'reflections', () => summariesOf(rows.reflections)),
		// An earlier session's result is as blind here as it was there.
		earlier: rows.earlier.map((s) => ({
			...withoutFlag(s),
			reflection: s.revealed ? s.reflection : {}
		}))
	}),
	beamer: none,
	mine: (participantId) => {
		const rows = statement(
			'SELECT principle_key AS principleKey, score, comment FROM reflections WHERE participant_id = ?'
		).all(participantId) as Omit<ReflectionRow, 'participantId'>[];
		return {
			reflections: Object.fromEntries(
				rows.map(({ principleKey, score, comment }) => [principleKey, { score, comment }])
			)
		};
	},
	patch: ({ workshopId: id, change, revealed }): SlicePatch => {
		const dashboard: Patch<FacilitatorState> = [];
		const room: Patch<ParticipantState> = [];
		if (change.revealed.has('reflections')) {
			room.push({
				set: 'reflections',
				value: roomResult(revealed(), 'reflections', () => summariesOf(reflectionsOf(id)))
			});
		}
		const changed = change.ids(REFLECTION.reflections);
		if (changed.size > 0) {
			const items = summariesOf(reflectionsOf(id, [...changed]));
			dashboard.push(...itemOps('reflections', changed, items, (r) => r.principleKey));
			const visible = roomItems(revealed(), 'reflections', items);
			if (visible && !change.revealed.has('reflections')) {
				room.push(...itemOps('reflections', changed, visible, (r) => r.principleKey));
			}
		}
		return { dashboard, room };
	}
});

/** Of the participants present, how many have scored a principle. */
export const countReflected = presentWithRowsIn('reflections');
