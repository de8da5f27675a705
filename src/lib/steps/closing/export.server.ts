// The closing in the exports: the notes in the PDF (with names only if asked); the Markdown leaves
// them out (it is shared more widely). And their rows in the canonical record.
import { z } from 'zod';
import { LIMITS } from '$lib/limits';
import { m } from '$lib/paraglide/messages';
import { ref } from '$lib/schemas/record';
import { statement } from '$lib/server/db/statements';
import type { ExportSection } from '$lib/server/export/section';
import { stable, type RecordPart } from '$lib/server/read-model/record-part';
import type { ClosingNoteRow } from './slice.server';
import type { ClosingRecord } from './state';

const closingNotes: ExportSection = {
	name: 'closingNotes',
	pdf: ({ outcome, options, t }) => {
		const notes = outcome.record.closingNotes ?? [];
		if (notes.length === 0) return [];
		return [
			{ text: t(m.closing_notes), style: 'h2' },
			{
				ul: notes.map((n) =>
					options.includeNames ? `${outcome.participantName(n.participant)}: ${n.text}` : n.text
				)
			}
		];
	},
	// Closing notes are personal; the PDF shows them (names only if asked), the Markdown does not.
	markdown: () => []
};

export const sections = [closingNotes];

export const record: RecordPart<{ notes: ClosingNoteRow[] }, ClosingRecord> = {
	shape: {
		closingNotes: z
			.array(z.strictObject({ participant: ref, text: z.string().max(LIMITS.closingNote).min(1) }))
			.max(5000)
	},
	write: (rows, refs) => ({
		closingNotes: stable(
			rows.notes.map((n) => ({ participant: refs.participant(n.participantId), text: n.text }))
		)
	}),
	restore: (fields, ctx) => {
		const insert = statement(
			'INSERT INTO closing_notes (participant_id, text, updated_at) VALUES (?, ?, ?)'
		);
		for (const n of fields.closingNotes ?? []) {
			insert.run(ctx.resolve(n.participant), n.text, ctx.now);
		}
	}
};
