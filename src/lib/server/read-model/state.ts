// Each audience's whole state, joined from the core slice and every step kind's: what a screen gets
// on (re)connect. The dashboard gets everything; the room (phones and beamer) the public view with
// blind results; the beamer also how far the room is. Pure over loaded rows, except how far the
// room is, which depends on who is present.
import type {
	BeamerState,
	FacilitatorState,
	MyState,
	ParticipantState,
	Progress
} from '$lib/workshop/state';
import { statement } from '../db/statements';
import { kindServer, SLICES } from '../kinds';
import { coreFacilitator, coreRoom } from './core';
import { displayOf } from './projections';
import { rowsOf, workshopRow } from './rows';
import type { WorkshopRows } from './load';
import { revealedResults } from './reveal';
import type { Slice } from './slice';

const rowsFor = (rows: WorkshopRows, slice: Slice) => rows.kinds.get(slice);

/** Everything, for the facilitator's dashboard. */
export function facilitatorState(rows: WorkshopRows, now: number, progress: Progress) {
	const kinds = SLICES.map((slice) => slice.facilitator(rowsFor(rows, slice), rows));
	return Object.assign(
		{ serverNow: now, progress },
		coreFacilitator(rows),
		...kinds
	) as FacilitatorState;
}

/** What every phone sees: the public items, and results only once revealed. */
export function participantState(rows: WorkshopRows, now: number): ParticipantState {
	const revealed = revealedResults(rows.steps);
	const kinds = SLICES.map((slice) => slice.room(rowsFor(rows, slice), rows, revealed));
	return Object.assign({ serverNow: now }, coreRoom(rows), ...kinds) as ParticipantState;
}

/** What the room's screen sees: the phones' view, how far the room is, what the facilitator shares. */
export function beamerState(rows: WorkshopRows, now: number, progress: Progress): BeamerState {
	const kinds = SLICES.map((slice) => slice.beamer(rowsFor(rows, slice), rows));
	return Object.assign(
		participantState(rows, now),
		{ progress, display: displayOf(rows.workshop) },
		...kinds
	) as BeamerState;
}

/** One participant's own inputs: their profile, what they added and volunteered, each kind's. */
export function myState(participantId: string): MyState {
	const profile = statement('SELECT perspective, role, seat FROM participants WHERE id = ?').get(
		participantId
	) as Pick<MyState, 'perspective' | 'role' | 'seat'> | undefined;
	const ids = (sql: string) => statement(sql, { pluck: true }).all(participantId) as string[];
	return Object.assign(
		{
			perspective: profile?.perspective ?? null,
			role: profile?.role ?? '',
			seat: profile?.seat ?? null,
			volunteered: ids(
				'SELECT commitment_id FROM commitment_volunteers WHERE participant_id = ? ORDER BY created_at'
			),
			own: {
				cards: ids('SELECT id FROM cards WHERE added_by = ? ORDER BY created_at, rowid'),
				values: ids('SELECT id FROM workshop_values WHERE added_by = ? ORDER BY position')
			}
		},
		...SLICES.map((slice) => slice.mine(participantId))
	) as MyState;
}

/**
 * How far the room is: of the participants present now (their ids, from the live connections),
 * how many did what the current step's kind counts ("4 of 5 present have voted").
 */
export function progressOf(workshopId: string, present: readonly string[]): Progress {
	const number = workshopRow(workshopId)?.currentStep ?? 0;
	const [step] = rowsOf.steps(workshopId, [number]);
	const count = step && kindServer(step.kind).progress;
	return {
		present: present.length,
		step: number,
		done: count && present.length > 0 ? count(present, number, workshopId) : 0
	};
}
