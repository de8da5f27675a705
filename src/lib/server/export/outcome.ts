// What the exports show, derived from the canonical record so every format tells the same story.
// This is the core of it (the workshop, the catalogue note, the commitments); each step kind adds
// its sections from the same record (./section.ts), in the order of the workshop's steps.
import type { Language } from '$lib/language';
import { isMethodKey, methodByKey } from '$lib/methods';
import { catalogueEdited, partlyReconstructed } from '$lib/methods/provenance';
import { m } from '$lib/paraglide/messages';
import type { WorkshopRecord } from '$lib/schemas/record';
import type { CommitmentStatus } from '$lib/vocabulary';
import { withNormalisedLineBreaks } from './line-breaks';

interface OutcomeCommitment {
	number: number;
	action: string;
	owner: string;
	dueOn: string | null;
	status: CommitmentStatus;
	values: string[];
	volunteers: string[];
}

export interface Outcome {
	language: Language;
	/** One honest line about the value list: partly reconstructed, and edited by the facilitator. */
	catalogueNote: string | null;
	record: WorkshopRecord;
	participantCount: number;
	/** A text in the workshop's language (the Dutch one where the English is empty). */
	pick(nl: string, en: string): string;
	/** A value's name by its reference. */
	valueName(ref: string): string;
	/** A participant's name by their reference. */
	participantName(ref: string): string;
	commitments: OutcomeCommitment[];
}

/** The outcome of a record; every text in it breaks lines with "\n" only (./line-breaks.ts). */
export function outcomeOf(stored: WorkshopRecord): Outcome {
	const record = withNormalisedLineBreaks(stored);
	const language = record.workshop.language;
	const pick = (nl: string, en: string) => (language === 'en' ? en || nl : nl);
	const values = new Map(record.values.map((v) => [v.ref, v]));
	const cards = new Map(record.cards.map((c) => [c.ref, c]));
	const names = new Map(record.participants.map((p) => [p.ref, p.name]));
	const valueName = (ref: string) => {
		const value = values.get(ref);
		return value ? pick(value.nameNl, value.nameEn) : ref;
	};
	return {
		language,
		catalogueNote: catalogueNoteOf(record),
		record,
		participantCount: record.participants.length,
		pick,
		valueName,
		participantName: (ref) => names.get(ref) ?? '',
		commitments: record.commitments.map((c, index) => {
			const card = cards.get(c.card);
			return {
				number: index + 1,
				action: card?.text ?? '',
				owner: c.owner,
				dueOn: c.dueOn,
				status: c.status,
				values: (card?.values ?? []).map(valueName),
				volunteers: c.volunteers.map((p) => names.get(p) ?? p)
			};
		})
	};
}

/** The note on where the values come from, in the workshop's language (null for an unknown method). */
function catalogueNoteOf(record: WorkshopRecord): string | null {
	if (!isMethodKey(record.method)) return null;
	const { catalogue } = methodByKey(record.method);
	const locale = record.workshop.language;
	const edited = catalogueEdited(
		catalogue,
		record.values.filter((v) => v.addedBy === null)
	);
	const parts = [
		partlyReconstructed(catalogue) ? m.export_catalogue_reconstructed({}, { locale }) : null,
		edited ? m.export_catalogue_edited({}, { locale }) : null
	].filter((p) => p !== null);
	return parts.length === 0 ? null : `${parts.join('; ')}.`;
}
