// What the closing adds: the notes with their authors (the facilitator only), the notes without
// names on the beamer while the facilitator shares them, and a participant's own note. Phones never
// get the notes: their state has no field for them.
import type { Without } from '../../workshop/visibility';

export interface ClosingNote {
	participantId: string;
	author: string;
	text: string;
}

export interface ClosingState {
	facilitator: { closingNotes: ClosingNote[] };
	room: Without<'closingNotes'>;
	/** The closing notes, without names, while the facilitator shares them; otherwise null. */
	beamer: { sharedNotes: string[] | null };
	mine: { closing: string };
}

/** Its rows in the canonical record: each note by reference (p1). */
export interface ClosingRecord {
	closingNotes: { participant: string; text: string }[];
}
