// The A4 PDF a municipality would file: cover, chosen values, tensions, the necessity × importance
// matrix as a drawn figure, the commitments (header repeated on every page), the reflection, page
// numbers and the record's fingerprint in every footer. In the workshop's language.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatScore } from '$lib/format';
import { kindLabel, statusLabel } from '$lib/i18n/labels';
import { localeTag, type Language } from '$lib/language';
import { m } from '$lib/paraglide/messages';
import type { ExportSection } from '$lib/steps/registry';
import { matrixGeometry, placeInMatrix } from '$lib/workshop/matrix';
import { CASE_CARDS } from '$lib/steps/case/cards';
import { OBSTACLE_CARDS } from '$lib/steps/obstacles/cards';
import type { CardKind } from '$lib/workshop/state';
import { cardKindsOf, type Outcome } from './outcome';

const require = createRequire(import.meta.url);
const fontDirectory = dirname(require.resolve('pdfmake/fonts/Roboto.js'));
let configured = false;

export function configure() {
	if (configured) return;
	pdfmake.setFonts({
		Roboto: {
			normal: `${fontDirectory}/Roboto/Roboto-Regular.ttf`,
			bold: `${fontDirectory}/Roboto/Roboto-Medium.ttf`,
			italics: `${fontDirectory}/Roboto/Roboto-Italic.ttf`,
			bolditalics: `${fontDirectory}/Roboto/Roboto-MediumItalic.ttf`
		}
	});
	// Never fetch anything: no URLs, only our own font files.
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDirectory));
	configured = true;
}

export const PRIMARY = '#154273';
export const escapeXml = (text: string) =>
	text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);

/** The 2×2 matrix as SVG: one numbered circle per action at its means; size shows disagreement. */
export function matrixSvg(outcome: Outcome): string {
	const locale = outcome.language;
	const plot = matrixGeometry({ left: 50, top: 30, size: 300 });
	const places = placeInMatrix(
		outcome.actions.map((a) => a.summary),
		plot,
		15
	);
	const label = (text: string, tx: number, ty: number, anchor: string, extra = '') =>
		`<text x="${tx}" y="${ty}" text-anchor="${anchor}" font-family="Roboto" font-size="11" fill="#4a4a4a" ${extra}>${escapeXml(text)}</text>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="380" height="370" viewBox="0 0 380 370">
<rect x="50" y="30" width="300" height="300" fill="#ffffff" stroke="#8a8a8a"/>
<rect x="${plot.middle.x}" y="30" width="150" height="150" fill="#e6f2e8"/>
<line x1="${plot.middle.x}" y1="30" x2="${plot.middle.x}" y2="330" stroke="#8a8a8a" stroke-dasharray="4 4"/>
<line x1="50" y1="${plot.middle.y}" x2="350" y2="${plot.middle.y}" stroke="#8a8a8a" stroke-dasharray="4 4"/>
${label(m.matrix_do_first({}, { locale }), 350, 22, 'end')}
${label(m.matrix_important({}, { locale }), 50, 22, 'start')}
${label(m.matrix_necessary({}, { locale }), 350, 345, 'end')}
${label(m.matrix_later({}, { locale }), 50, 345, 'start')}
<text x="200" y="364" text-anchor="middle" font-family="Roboto" font-size="12" font-weight="bold" fill="#1a1a1a">${escapeXml(m.rate_necessity({}, { locale }))} (1–5)</text>
<text x="18" y="180" text-anchor="middle" font-family="Roboto" font-size="12" font-weight="bold" fill="#1a1a1a" transform="rotate(-90 18 180)">${escapeXml(m.rate_importance({}, { locale }))} (1–5)</text>
${outcome.actions
	.map((a, i) => ({ a, i, place: places[i]! }))
	.filter(({ a }) => a.summary.count > 0)
	.map(({ a, i, place }) => {
		const r = plot.radius(a.summary);
		const cx = place.x.toFixed(1);
		const cy = place.y;
		return `<circle cx="${cx}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="${PRIMARY}" fill-opacity="0.15" stroke="${PRIMARY}"/><text x="${cx}" y="${(cy + 4).toFixed(1)}" text-anchor="middle" font-family="Roboto" font-size="11" font-weight="bold" fill="${PRIMARY}">${i + 1}</text>`;
	})
	.join('\n')}
</svg>`;
}

/** Every page's footer: the fingerprint, where to check it, and the page number. */
export function fingerprintFooter(
	{ fingerprint, verifyUrl }: { fingerprint: string; verifyUrl: string },
	locale: Language
): TDocumentDefinitions['footer'] {
	return (page: number, pages: number) => ({
		margin: [45, 10, 45, 0],
		columns: [
			{
				stack: [
					{ text: `${m.export_fingerprint({}, { locale })}: ${fingerprint}`, style: 'footer' },
					{ text: m.export_fingerprint_hint({ url: verifyUrl }, { locale }), style: 'footer' }
				]
			},
			{
				text: m.export_page({ page, pages }, { locale }),
				alignment: 'right',
				width: 90,
				style: 'footer'
			}
		]
	});
}

/** The look every PDF of the app shares: NL Design System-like, calm, Roboto. */
export const DOCUMENT_STYLE: Pick<TDocumentDefinitions, 'defaultStyle' | 'styles'> = {
	defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: '#1a1a1a' },
	styles: {
		kicker: { fontSize: 10, color: '#4a4a4a', margin: [0, 0, 0, 4] },
		title: { fontSize: 24, bold: true, color: PRIMARY, margin: [0, 0, 0, 4] },
		subtitle: { fontSize: 14, color: PRIMARY, margin: [0, 0, 0, 16] },
		h2: { fontSize: 14, bold: true, color: PRIMARY, margin: [0, 14, 0, 6] },
		h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
		tableHeader: { bold: true, fillColor: '#e8eef5', color: '#1a1a1a' },
		table: { fontSize: 9.5 },
		small: { fontSize: 8.5, color: '#4a4a4a' },
		muted: { color: '#4a4a4a', italics: true },
		footer: { fontSize: 7.5, color: '#4a4a4a' }
	}
};

export interface PdfOptions {
	fingerprint: string;
	verifyUrl: string;
	includeNames: boolean;
	generatedAt?: Date;
}

type Translate = (
	fn: (input: Record<string, never>, options: { locale: Language }) => string
) => string;

interface Build {
	outcome: Outcome;
	options: PdfOptions;
	t: Translate;
	header: (cells: string[]) => TableCell[];
	none: Content;
}

/** A heading, then the cards of these kinds under a heading per kind. */
function cardsSection(
	{ outcome, t, none }: Build,
	heading: typeof m.export_case_cards,
	kinds: readonly Exclude<CardKind, 'action'>[]
): Content[] {
	const present = cardKindsOf(outcome, kinds);
	return [
		{ text: t(heading), style: 'h2' },
		...(present.length === 0
			? [none]
			: present.map((kind): Content => ({
					stack: [
						{ text: kindLabel(kind, outcome.language), style: 'h3' },
						{ ul: outcome.caseCards.filter((c) => c.kind === kind).map((c) => c.text) }
					]
				})))
	];
}

/** The document's sections, each drawn from the outcome; the step kinds decide which appear. */
const SECTIONS: Record<ExportSection, (build: Build) => Content[]> = {
	perspectives: ({ outcome, t }) => [
		{ text: t(m.export_perspectives), style: 'h2' },
		{ text: m.perspectives_summary(outcome.perspectives, { locale: outcome.language }) }
	],

	caseCards: (build) => cardsSection(build, m.export_case_cards, CASE_CARDS),
	obstacles: (build) => cardsSection(build, m.export_obstacles, OBSTACLE_CARDS),

	values: ({ outcome, t, header, none }) => [
		{ text: t(m.export_selected_values), style: 'h2' },
		...(outcome.catalogueNote
			? [{ text: outcome.catalogueNote, style: 'small', margin: [0, 0, 0, 4] } as Content]
			: []),
		outcome.selectedValues.length === 0
			? none
			: {
					table: {
						headerRows: 1,
						widths: ['*', '*', '*', 40],
						body: [
							header([
								t(m.export_value),
								t(m.export_principle),
								t(m.export_foundation),
								t(m.export_dots)
							]),
							...outcome.selectedValues.map((v) => [
								{
									stack: [
										{ text: v.value, bold: true },
										{ text: v.description, style: 'small' }
									]
								},
								v.principle,
								v.foundation,
								{ text: String(v.dots), alignment: 'right' as const }
							])
						]
					},
					layout: 'lightHorizontalLines'
				}
	],

	tensions: ({ outcome, t, none }) => [
		{ text: t(m.export_tensions), style: 'h2' },
		outcome.tensions.length === 0
			? none
			: {
					ul: outcome.tensions.map(
						(x) =>
							`${m.tension_versus({ a: x.a, b: x.b }, { locale: outcome.language })}${x.note ? `: ${x.note}` : ''}`
					)
				}
	],

	actions: ({ outcome, t, none }) => [
		{ text: t(m.export_actions_by_value), style: 'h2' },
		...(outcome.actionsByValue.length === 0
			? [none]
			: outcome.actionsByValue.map((group): Content => ({
					stack: [
						{ text: group.value, style: 'h3' },
						group.actions.length === 0 ? none : { ul: group.actions }
					]
				})))
	],

	matrix: ({ outcome, t, header, none }) => [
		{ text: t(m.export_matrix), style: 'h2', pageBreak: 'before' },
		outcome.actions.length === 0
			? none
			: {
					stack: [
						{ svg: matrixSvg(outcome), width: 300, alignment: 'center', margin: [0, 0, 0, 10] },
						{
							table: {
								headerRows: 1,
								dontBreakRows: true,
								widths: [18, '*', 62, 62, 70],
								body: [
									header([
										'#',
										t(m.matrix_table_action),
										t(m.rate_necessity),
										t(m.rate_importance),
										t(m.matrix_table_ratings)
									]),
									...outcome.actions.map((a, i) => [
										String(i + 1),
										a.selected
											? { text: [a.text, { text: ` ${t(m.export_chosen)}`, bold: true }] }
											: a.text,
										`${score(a.summary.necessity.mean, outcome)} ± ${score(a.summary.necessity.sd, outcome)}`,
										`${score(a.summary.importance.mean, outcome)} ± ${score(a.summary.importance.sd, outcome)}`,
										{ text: String(a.summary.count), alignment: 'right' as const }
									])
								]
							},
							layout: 'lightHorizontalLines'
						}
					]
				}
	],

	commitments: ({ outcome, t, header, none }) => [
		{ text: t(m.export_commitments), style: 'h2', pageBreak: 'before' },
		outcome.commitments.length === 0
			? none
			: {
					table: {
						headerRows: 1,
						dontBreakRows: true,
						widths: [18, '*', 80, 70, 55, 80],
						body: [
							header([
								'#',
								t(m.matrix_table_action),
								t(m.commitment_owner),
								t(m.commitment_due),
								t(m.commitment_status),
								t(m.export_linked_values)
							]),
							...outcome.commitments.map((c) => [
								String(c.number),
								c.action,
								c.owner || '–',
								c.dueOn ? formatDate(c.dueOn, outcome.language) : '–',
								statusLabel(c.status, outcome.language),
								c.values.join(', ')
							])
						]
					},
					layout: 'lightHorizontalLines',
					style: 'table'
				}
	],

	reflection: ({ outcome, t, header, none }) => [
		{ text: t(m.export_reflection), style: 'h2' },
		outcome.reflections.length === 0
			? none
			: {
					table: {
						headerRows: 1,
						dontBreakRows: true,
						widths: [110, 95, 70, '*'],
						body: [
							header([
								t(m.export_principle),
								t(m.export_average),
								t(m.export_answers),
								t(m.export_comments)
							]),
							...outcome.reflections.map((r) => [
								r.principle,
								score(r.mean, outcome),
								String(r.count),
								{ ul: r.comments.length ? r.comments : ['–'] }
							])
						]
					},
					layout: 'lightHorizontalLines',
					style: 'table'
				}
	],

	closingNotes: ({ outcome, options, t }) =>
		outcome.closingNotes.length === 0
			? []
			: [
					{ text: t(m.closing_notes), style: 'h2' },
					{
						ul: outcome.closingNotes.map((n) =>
							options.includeNames ? `${n.author}: ${n.text}` : n.text
						)
					}
				]
};

const score = (n: number, outcome: Outcome) => formatScore(n, outcome.language);

export function outcomeDocument(outcome: Outcome, options: PdfOptions): TDocumentDefinitions {
	const locale = outcome.language;
	const { workshop } = outcome.record;
	const t: Translate = (fn) => fn({}, { locale });
	const build: Build = {
		outcome,
		options,
		t,
		// A header never wraps inside an expression such as "Gemiddelde (1–5)".
		header: (cells) =>
			cells.map((text) => ({ text: text.replace(/ (?=\()/g, '\u00a0'), style: 'tableHeader' })),
		none: { text: t(m.export_none), style: 'muted' }
	};
	const generated = (options.generatedAt ?? new Date()).toISOString().slice(0, 10);

	const meta: TableCell[][] = [
		[{ text: t(m.export_organisation), bold: true }, workshop.organisation],
		[{ text: t(m.export_date), bold: true }, formatDate(workshop.scheduledOn, locale)],
		[{ text: t(m.export_facilitator), bold: true }, workshop.facilitator],
		[{ text: t(m.export_participants), bold: true }, String(outcome.participantCount)]
	];
	if (options.includeNames && outcome.record.participants.length > 0) {
		meta.push([
			{ text: t(m.export_participant_names), bold: true },
			outcome.record.participants.map((p) => p.name).join(', ')
		]);
	}

	const content: Content[] = [
		{ text: t(m.export_subtitle), style: 'kicker' },
		{ text: workshop.title, style: 'title' },
		{ text: t(m.export_title), style: 'subtitle' },
		{ table: { widths: [110, '*'], body: meta }, layout: 'noBorders', margin: [0, 0, 0, 12] },
		...(workshop.caseDescription
			? [
					{ text: t(m.export_case), style: 'h2' } as Content,
					{ text: workshop.caseDescription, margin: [0, 0, 0, 8] } as Content
				]
			: []),
		...outcome.sections.flatMap((section) => SECTIONS[section](build)),
		{
			text: m.export_generated({ date: formatDate(generated, locale) }, { locale }),
			style: 'muted',
			margin: [0, 16, 0, 0]
		}
	];

	return {
		pageSize: 'A4',
		pageMargins: [45, 50, 45, 70],
		language: localeTag(locale),
		info: {
			title: `${workshop.title}: ${t(m.export_title)}`,
			author: workshop.facilitator,
			subject: t(m.export_subtitle),
			keywords: `CODIO; ${options.fingerprint}`
		},
		content,
		footer: fingerprintFooter(options, locale),
		...DOCUMENT_STYLE
	};
}

export async function outcomePdf(outcome: Outcome, options: PdfOptions): Promise<Buffer> {
	configure();
	return pdfmake.createPdf(outcomeDocument(outcome, options)).getBuffer();
}
