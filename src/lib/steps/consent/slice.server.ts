// A consent check's part of the read model: per step the answers counted, with the reasons (and
// who gave them, for the facilitator); the room gets a step's only once it is revealed.
import { statement } from '$lib/server/db/statements';
import { revealedSteps, roomItemsOfSteps, roomStepsOf } from '$lib/server/read-model/reveal';
import { rowsOf } from '$lib/server/read-model/rows';
import { defineSlice, itemOps, none, type SlicePatch } from '$lib/server/read-model/slice';
import { table } from '$lib/server/read-model/table';
import { changeKey } from '$lib/server/workshops/change';
import type { Patch } from '$lib/workshop/patch';
import type { FacilitatorState, ParticipantState } from '$lib/workshop/state';
import type { Position } from './schemas';
import type { ConsentState, ConsentSummary, FacilitatorConsent } from './state';

/** The steps whose answers changed. */
export const CONSENT = { steps: changeKey<number>('consents', { coalesce: true }) };

export interface ConsentRow {
	participantId: string;
	step: number;
	position: Position;
	reason: string;
}

const answersOf = table<ConsentRow>(
	`SELECT a.participant_id AS participantId, a.step, a.position, a.reason
	FROM consent_answers a JOIN participants p ON p.id = a.participant_id WHERE p.workshop_id = ?`,
	'a.step',
	'ORDER BY a.step, a.updated_at, a.participant_id'
);

/** The answers per step, counted; reasons with their authors (the facilitator's view). */
export function summariesOf(
	rows: readonly ConsentRow[],
	names: Map<string, string>
): FacilitatorConsent[] {
	const byStep = new Map<number, FacilitatorConsent>();
	for (const row of rows) {
		const step = byStep.get(row.step) ?? {
			id: String(row.step),
			step: row.step,
			agree: 0,
			accept: 0,
			object: 0,
			reasons: []
		};
		step[row.position] += 1;
		if (row.reason) {
			step.reasons.push({
				position: row.position,
				text: row.reason,
				author: names.get(row.participantId) ?? ''
			});
		}
		byStep.set(row.step, step);
	}
	return [...byStep.values()];
}

/** The room's view of a step's answers: the reasons without who gave them. */
const anonymous = ({ reasons, ...summary }: FacilitatorConsent): ConsentSummary => ({
	...summary,
	reasons: reasons.map(({ position, text }) => ({ position, text }))
});

const namesFrom = (participants: readonly { id: string; displayName: string }[]) =>
	new Map(participants.map((p) => [p.id, p.displayName]));

export const consentSlice = defineSlice<ConsentState>()({
	load: (workshopId) => ({ answers: answersOf(workshopId) }),
	facilitator: (rows, core) => ({
		consents: summariesOf(rows.answers, namesFrom(core.participants))
	}),
	room: (rows, core) => ({
		consents: roomItemsOfSteps(
			revealedSteps(core.steps),
			summariesOf(rows.answers, new Map()).map(anonymous)
		)
	}),
	beamer: none,
	mine: (participantId) => {
		const rows = statement(
			'SELECT step, position, reason FROM consent_answers WHERE participant_id = ?'
		).all(participantId) as Omit<ConsentRow, 'participantId'>[];
		return {
			consent: Object.fromEntries(
				rows.map(({ step, position, reason }) => [String(step), { position, reason }])
			)
		};
	},
	patch: ({ workshopId: id, change, names }): SlicePatch => {
		const dashboard: Patch<FacilitatorState> = [];
		const room: Patch<ParticipantState> = [];
		const steps = change.ids(CONSENT.steps);
		const revealed = () => revealedSteps(rowsOf.steps(id));
		if (change.revealed.has('consents')) {
			const all = summariesOf(answersOf(id), new Map()).map(anonymous);
			room.push({ set: 'consents', value: roomItemsOfSteps(revealed(), all) });
		}
		if (steps.size > 0) {
			const rows = answersOf(id, [...steps]);
			const summaries = summariesOf(rows, names(rows.map((r) => r.participantId)));
			dashboard.push(...itemOps('consents', [...steps].map(String), summaries, (s) => s.id));
			const open = revealed();
			const shown = roomStepsOf(open, steps);
			if (shown.length > 0 && !change.revealed.has('consents')) {
				const visible = roomItemsOfSteps(open, summaries.map(anonymous));
				room.push(...itemOps('consents', shown.map(String), visible, (s) => s.id));
			}
		}
		return { dashboard, room };
	}
});

/** Of the participants present, how many answered this step's consent check. */
export function countAnswered(present: readonly string[], step: number): number {
	return statement(
		`SELECT COUNT(*) FROM consent_answers
		WHERE step = ? AND participant_id IN (SELECT value FROM json_each(?))`,
		{ pluck: true }
	).get(step, JSON.stringify(present)) as number;
}
