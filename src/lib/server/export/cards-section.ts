// A section of cards (the case's stakeholders, risks and dilemmas; a follow-up's obstacles and
// help): a heading, then the visible cards under a heading per kind, in their usual order.
import type { Content } from 'pdfmake/interfaces';
import { kindLabel } from '$lib/i18n/labels';
import type { m } from '$lib/paraglide/messages';
import { CARD_KINDS, type NoteKind } from '$lib/vocabulary';
import { escapeMarkdown as e, heading as title } from './markdown-text';
import type { Outcome } from './outcome';
import type { ExportSection } from './section';

/** The visible, unmerged cards of these kinds, by kind, in their usual order (kinds with none left out). */
function cardsByKind({ record }: Outcome, kinds: readonly NoteKind[]) {
	const visible = record.cards.filter((c) => !c.hidden && !c.mergedInto);
	return CARD_KINDS.filter((kind): kind is NoteKind => kind !== 'action' && kinds.includes(kind))
		.map((kind) => ({ kind, texts: visible.filter((c) => c.kind === kind).map((c) => c.text) }))
		.filter((group) => group.texts.length > 0);
}

export function cardsSection(
	name: string,
	heading: typeof m.export_case_cards,
	kinds: readonly NoteKind[]
): ExportSection {
	return {
		name,
		pdf: ({ outcome, t, none }) => {
			const groups = cardsByKind(outcome, kinds);
			return [
				{ text: t(heading), style: 'h2' },
				...(groups.length === 0
					? [none]
					: groups.map((group): Content => ({
							stack: [
								{ text: kindLabel(group.kind, outcome.language), style: 'h3' },
								{ ul: group.texts }
							]
						})))
			];
		},
		markdown: (outcome) => {
			const locale = outcome.language;
			const groups = cardsByKind(outcome, kinds);
			if (groups.length === 0) return [];
			return [
				...title(heading({}, { locale })),
				...groups.flatMap((group) => [
					`### ${kindLabel(group.kind, locale)}`,
					'',
					...group.texts.map((text) => `- ${e(text)}`),
					''
				])
			];
		}
	};
}
