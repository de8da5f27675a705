// The whole outcome as Markdown, for an intranet page, a wiki or an e-mail. Its sections are the
// workshop's (each step kind names what it contributes), in the order of the steps.
import { formatDate, formatScore } from '$lib/format';
import { kindLabel, statusLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { CASE_CARDS } from '$lib/steps/case/cards';
import { OBSTACLE_CARDS } from '$lib/steps/obstacles/cards';
import type { ExportSection } from '$lib/steps/registry';
import type { CardKind } from '$lib/workshop/state';
import { LINE_BREAK } from './line-breaks';
import { cardKindsOf, type Outcome } from './outcome';

/** Participant text is text: Markdown and HTML characters are escaped so nothing renders as markup. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(LINE_BREAK, ' ');
}

const e = escapeMarkdown;

/** A heading, then the cards of these kinds under a heading per kind (nothing if none). */
function cardsSection(
	outcome: Outcome,
	heading: typeof m.export_case_cards,
	kinds: readonly Exclude<CardKind, 'action'>[]
): string[] {
	const locale = outcome.language;
	const present = cardKindsOf(outcome, kinds);
	if (present.length === 0) return [];
	return [
		`## ${heading({}, { locale })}`,
		'',
		...present.flatMap((kind) => [
			`### ${kindLabel(kind, locale)}`,
			'',
			...outcome.caseCards.filter((c) => c.kind === kind).map((c) => `- ${e(c.text)}`),
			''
		])
	];
}

const SECTIONS: Record<ExportSection, (outcome: Outcome) => string[]> = {
	perspectives: (outcome) => {
		const locale = outcome.language;
		return [
			`## ${m.export_perspectives({}, { locale })}`,
			'',
			m.perspectives_summary(outcome.perspectives, { locale }),
			''
		];
	},

	caseCards: (outcome) => cardsSection(outcome, m.export_case_cards, CASE_CARDS),
	obstacles: (outcome) => cardsSection(outcome, m.export_obstacles, OBSTACLE_CARDS),

	values: (outcome) => {
		const locale = outcome.language;
		const lines = [
			`## ${m.export_selected_values({}, { locale })}`,
			'',
			...(outcome.catalogueNote ? [`_${e(outcome.catalogueNote)}_`, ''] : [])
		];
		if (outcome.selectedValues.length === 0) return [...lines, m.export_none({}, { locale }), ''];
		return [
			...lines,
			`| ${m.export_value({}, { locale })} | ${m.export_principle({}, { locale })} | ${m.export_foundation({}, { locale })} | ${m.export_dots({}, { locale })} |`,
			'| --- | --- | --- | ---: |',
			...outcome.selectedValues.map(
				(v) => `| ${e(v.value)} | ${e(v.principle)} | ${e(v.foundation)} | ${v.dots} |`
			),
			''
		];
	},

	tensions: (outcome) => {
		const locale = outcome.language;
		const lines = [`## ${m.export_tensions({}, { locale })}`, ''];
		if (outcome.tensions.length === 0) return [...lines, m.export_none({}, { locale }), ''];
		return [
			...lines,
			...outcome.tensions.map(
				(t) =>
					`- ${m.tension_versus({ a: e(t.a), b: e(t.b) }, { locale })}${t.note ? `: ${e(t.note)}` : ''}`
			),
			''
		];
	},

	actions: (outcome) => {
		const locale = outcome.language;
		const lines = [`## ${m.export_actions_by_value({}, { locale })}`, ''];
		if (outcome.actionsByValue.length === 0) return [...lines, m.export_none({}, { locale }), ''];
		return [
			...lines,
			...outcome.actionsByValue.flatMap((group) => [
				`### ${e(group.value)}`,
				'',
				...(group.actions.length === 0
					? [m.export_none({}, { locale })]
					: group.actions.map((a) => `- ${e(a)}`)),
				''
			])
		];
	},

	matrix: (outcome) => {
		const locale = outcome.language;
		const score = (n: number) => formatScore(n, locale);
		const lines = [`## ${m.export_matrix({}, { locale })}`, ''];
		if (outcome.actions.length === 0) return [...lines, m.export_none({}, { locale }), ''];
		return [
			...lines,
			`| # | ${m.matrix_table_action({}, { locale })} | ${m.rate_necessity({}, { locale })} | ${m.rate_importance({}, { locale })} | ${m.matrix_table_ratings({}, { locale })} |`,
			'| ---: | --- | ---: | ---: | ---: |',
			...outcome.actions.map(
				(a, i) =>
					`| ${i + 1} | ${e(a.text)}${a.selected ? ` ${m.export_chosen({}, { locale })}` : ''} | ${score(a.summary.necessity.mean)} ± ${score(a.summary.necessity.sd)} | ${score(a.summary.importance.mean)} ± ${score(a.summary.importance.sd)} | ${a.summary.count} |`
			),
			''
		];
	},

	commitments: (outcome) => {
		const locale = outcome.language;
		const lines = [`## ${m.export_commitments({}, { locale })}`, ''];
		if (outcome.commitments.length === 0) return [...lines, m.export_none({}, { locale }), ''];
		return [
			...lines,
			`| # | ${m.matrix_table_action({}, { locale })} | ${m.commitment_owner({}, { locale })} | ${m.commitment_due({}, { locale })} | ${m.commitment_status({}, { locale })} | ${m.export_linked_values({}, { locale })} |`,
			'| ---: | --- | --- | --- | --- | --- |',
			...outcome.commitments.map(
				(c) =>
					`| ${c.number} | ${e(c.action)} | ${e(c.owner) || '–'} | ${c.dueOn ? formatDate(c.dueOn, locale) : '–'} | ${statusLabel(c.status, locale)} | ${c.values.map(e).join(', ')} |`
			),
			''
		];
	},

	reflection: (outcome) => {
		const locale = outcome.language;
		const lines = [`## ${m.export_reflection({}, { locale })}`, ''];
		if (outcome.reflections.length === 0) return [...lines, m.export_none({}, { locale }), ''];
		return [
			...lines,
			...outcome.reflections.flatMap((r) => [
				`- **${e(r.principle)}**: ${m.reflection_summary({ mean: formatScore(r.mean, locale), count: r.count }, { locale })}`,
				...r.comments.map((c) => `  - ${e(c)}`)
			]),
			''
		];
	},

	// Closing notes are personal; the PDF shows them (names only if asked), the Markdown does not.
	closingNotes: () => []
};

export function outcomeMarkdown(outcome: Outcome, fingerprint: string): string {
	const locale = outcome.language;
	const { workshop } = outcome.record;
	const lines: string[] = [
		`# ${e(workshop.title)}`,
		'',
		`${m.export_subtitle({}, { locale })}: ${m.export_title({}, { locale })}`,
		'',
		`- **${m.export_organisation({}, { locale })}:** ${e(workshop.organisation)}`,
		`- **${m.export_date({}, { locale })}:** ${formatDate(workshop.scheduledOn, locale)}`,
		`- **${m.export_facilitator({}, { locale })}:** ${e(workshop.facilitator)}`,
		`- **${m.export_participants({}, { locale })}:** ${outcome.participantCount}`,
		''
	];
	if (workshop.caseDescription) {
		lines.push(`## ${m.export_case({}, { locale })}`, '', e(workshop.caseDescription), '');
	}
	for (const section of outcome.sections) lines.push(...SECTIONS[section](outcome));
	lines.push('---', '', `${m.export_fingerprint({}, { locale })}: \`${fingerprint}\``, '');
	return lines.join('\n');
}
