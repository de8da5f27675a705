// What the exports show, derived from the canonical record so every format tells the same story.
// Which sections a document has comes from the workshop's steps: each step kind names the
// sections it contributes (src/lib/steps/registry.ts), in the order of the steps.
import type { Language } from '$lib/language';
import { isMethodKey, methodByKey } from '$lib/methods';
import { catalogueEdited, partlyReconstructed } from '$lib/methods/provenance';
import { m } from '$lib/paraglide/messages';
import type { WorkshopRecord } from '$lib/schemas/record';
import { stepKind, type ExportSection } from '$lib/steps/registry';
import { orderByPriority, summarizeRatings, type RatingSummary } from '$lib/workshop/ratings';
import { CARD_KINDS, type CardKind, type CommitmentStatus } from '$lib/workshop/state';
import { withNormalisedLineBreaks } from './line-breaks';

export interface OutcomeCommitment {
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
	/** The sections of the PDF and Markdown, in order. */
	sections: ExportSection[];
	participantCount: number;
	perspectives: { internal: number; external: number };
	selectedValues: {
		foundation: string;
		principle: string;
		value: string;
		description: string;
		dots: number;
	}[];
	tensions: { a: string; b: string; note: string }[];
	caseCards: { kind: Exclude<CardKind, 'action'>; text: string }[];
	/** Each chosen value with the visible actions proposed for it. */
	actionsByValue: { value: string; actions: string[] }[];
	/** Visible, unmerged actions with their rating summary, most necessary and important first. */
	actions: { text: string; selected: boolean; summary: RatingSummary; values: string[] }[];
	commitments: OutcomeCommitment[];
	reflections: { principle: string; count: number; mean: number; comments: string[] }[];
	closingNotes: { author: string; text: string }[];
}

/** The outcome of a record; every text in it breaks lines with "\n" only (./line-breaks.ts). */
export function outcomeOf(stored: WorkshopRecord): Outcome {
	const record = withNormalisedLineBreaks(stored);
	const language = record.workshop.language;
	const pick = (nl: string, en: string) => (language === 'en' ? en || nl : nl);
	const principles = new Map(record.principles.map((p) => [p.key, p]));
	const values = new Map(record.values.map((v) => [v.ref, v]));
	const cards = new Map(record.cards.map((c) => [c.ref, c]));
	const names = new Map(record.participants.map((p) => [p.ref, p.name]));
	const valueName = (ref: string) => {
		const value = values.get(ref);
		return value ? pick(value.nameNl, value.nameEn) : ref;
	};
	const dotsOf = (ref: string) =>
		record.votes.filter((v) => v.value === ref).reduce((sum, v) => sum + v.dots, 0);
	const visibleActions = record.cards.filter(
		(c) => c.kind === 'action' && !c.hidden && !c.mergedInto
	);
	const summaries = orderByPriority(
		visibleActions.map((c) =>
			summarizeRatings(
				c.ref,
				record.ratings.filter((r) => r.card === c.ref)
			)
		)
	);

	const catalogueNote = catalogueNoteOf(record);
	return {
		language,
		catalogueNote,
		record,
		sections: [...new Set(record.steps.flatMap((step) => stepKind(step.kind).exports))],
		participantCount: record.participants.length,
		perspectives: {
			internal: record.participants.filter((p) => p.perspective === 'internal').length,
			external: record.participants.filter((p) => p.perspective === 'external').length
		},
		selectedValues: record.values
			.filter((v) => v.selected)
			.map((v) => {
				const principle = principles.get(v.principleKey);
				return {
					foundation: principle ? pick(principle.foundationNl, principle.foundationEn) : '',
					principle: principle ? pick(principle.nameNl, principle.nameEn) : v.principleKey,
					value: pick(v.nameNl, v.nameEn),
					description: pick(v.descriptionNl, v.descriptionEn),
					dots: dotsOf(v.ref)
				};
			}),
		tensions: record.tensions
			.filter((t) => !t.hidden)
			.map((t) => ({ a: valueName(t.valueA), b: valueName(t.valueB), note: t.note })),
		caseCards: record.cards
			.filter(
				(c): c is typeof c & { kind: Exclude<CardKind, 'action'> } =>
					c.kind !== 'action' && !c.hidden && !c.mergedInto
			)
			.map((c) => ({ kind: c.kind, text: c.text })),
		actionsByValue: record.values
			.filter((v) => v.selected)
			.map((v) => ({
				value: pick(v.nameNl, v.nameEn),
				actions: visibleActions.filter((c) => c.values.includes(v.ref)).map((c) => c.text)
			})),
		actions: summaries.map((summary) => {
			const card = cards.get(summary.actionId)!;
			return {
				text: card.text,
				selected: card.selected,
				summary,
				values: card.values.map(valueName)
			};
		}),
		commitments: record.commitments.map((m, index) => {
			const card = cards.get(m.card);
			return {
				number: index + 1,
				action: card?.text ?? '',
				owner: m.owner,
				dueOn: m.dueOn,
				status: m.status,
				values: (card?.values ?? []).map(valueName),
				volunteers: m.volunteers.map((p) => names.get(p) ?? p)
			};
		}),
		reflections: record.principles
			.map((p) => {
				const answers = record.reflections.filter((r) => r.principleKey === p.key);
				return {
					principle: pick(p.nameNl, p.nameEn),
					count: answers.length,
					mean: answers.length ? answers.reduce((s, r) => s + r.score, 0) / answers.length : 0,
					comments: answers.map((r) => r.comment).filter(Boolean)
				};
			})
			.filter((r) => r.count > 0),
		closingNotes: record.closingNotes.map((n) => ({
			author: names.get(n.participant) ?? '',
			text: n.text
		}))
	};
}

/** Of these kinds of card, those the outcome has, in their usual order. */
export function cardKindsOf(
	outcome: Outcome,
	kinds: readonly Exclude<CardKind, 'action'>[]
): Exclude<CardKind, 'action'>[] {
	return CARD_KINDS.filter(
		(kind): kind is Exclude<CardKind, 'action'> =>
			kind !== 'action' && kinds.includes(kind) && outcome.caseCards.some((c) => c.kind === kind)
	);
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
