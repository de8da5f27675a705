// The closing's part of the read model: the notes with their authors for the facilitator, the
// notes without names on the beamer while the facilitator shares them, a participant's own note.
// Phones never get the others' notes.
import { statement } from '$lib/server/db/statements';
import { defineSlice, itemOps, none, type SlicePatch } from '$lib/server/read-model/slice';
import { table } from '$lib/server/read-model/table';
import { workshopRow, type WorkshopRow } from '$lib/server/read-model/rows';
import { changeKey, CORE } from '$lib/server/workshops/change';
import type { ClosingNote, ClosingState } from './state';

export const CLOSING = { notes: changeKey('closingNotes', { coalesce: true }) };

export interface ClosingNoteRow {
	participantId: string;
	text: string;
}

const notesOf = table<ClosingNoteRow>(
	`SELECT n.participant_id AS participantId, n.text
	FROM closing_notes n JOIN participants p ON p.id = n.participant_id WHERE p.workshop_id = ?`,
	'n.participant_id',
	'ORDER BY n.updated_at, n.participant_id'
);

const noteOf = (row: ClosingNoteRow, names: Map<string, string>): ClosingNote => ({
	participantId: row.participantId,
	author: names.get(row.participantId) ?? '',
	text: row.text
});

/** The closing notes for the room's screen, without names, while the facilitator shares them. */
const sharedNotesOf = (workshop: WorkshopRow, notes: readonly ClosingNoteRow[]) =>
	workshop.beamerClosingNotes === 1 ? notes.map((n) => n.text) : null;

export const closingSlice = defineSlice<ClosingState>()({
	load: (workshopId) => ({ notes: notesOf(workshopId) }),
	facilitator: (rows, core) => {
		const names = new Map(core.participants.map((p) => [p.id, p.displayName]));
		return { closingNotes: rows.notes.map((n) => noteOf(n, names)) };
	},
	room: none,
	beamer: (rows, core) => ({ sharedNotes: sharedNotesOf(core.workshop, rows.notes) }),
	mine: (participantId) => ({
		closing:
			(statement('SELECT text FROM closing_notes WHERE participant_id = ?', { pluck: true }).get(
				participantId
			) as string | undefined) ?? ''
	}),
	patch: ({ workshopId: id, change, names }): SlicePatch => {
		const changed = change.ids(CLOSING.notes);
		const display = change.has(CORE.display);
		if (changed.size === 0 && !display) return {};
		const workshop = workshopRow(id);
		const shared =
			workshop && (display || workshop.beamerClosingNotes === 1)
				? [{ set: 'sharedNotes' as const, value: sharedNotesOf(workshop, notesOf(id)) }]
				: [];
		const authors = names(changed);
		return {
			dashboard: itemOps(
				'closingNotes',
				changed,
				notesOf(id, [...changed]).map((n) => noteOf(n, authors)),
				(n) => n.participantId
			),
			beamer: shared
		};
	}
});
