// The A4 PDF a municipality would file: cover (title, organisation, case, date, facilitator,
// number of participants, names if asked), then each step kind's sections in the order of the
// workshop's steps (./section.ts), page numbers and the record's fingerprint in every footer. In the
// workshop's language.
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatScore } from '$lib/format';
import { localeTag } from '$lib/language';
import { m } from '$lib/paraglide/messages';
import { sectionsOf } from '../kinds';
import type { Outcome } from './outcome';
import { configure, documentStyle, fingerprintFooter, logoBlock } from './pdf-style';
import type { PdfBuild, PdfOptions } from './section';

export type { PdfOptions } from './section';

function outcomeDocument(outcome: Outcome, options: PdfOptions): TDocumentDefinitions {
	const locale = outcome.language;
	const { workshop } = outcome.record;
	const build: PdfBuild = {
		outcome,
		options,
		t: (message) => message({}, { locale }),
		// A header never wraps inside an expression such as "Gemiddelde (1–5)".
		header: (cells) =>
			cells.map((text) => ({ text: text.replace(/ (?=\()/g, '\u00a0'), style: 'tableHeader' })),
		none: { text: m.export_none({}, { locale }), style: 'muted' },
		score: (value) => formatScore(value, locale)
	};
	const generated = (options.generatedAt ?? new Date()).toISOString().slice(0, 10);

	const meta: TableCell[][] = [
		[{ text: build.t(m.export_organisation), bold: true }, workshop.organisation],
		[{ text: build.t(m.export_date), bold: true }, formatDate(workshop.scheduledOn, locale)],
		[{ text: build.t(m.export_facilitator), bold: true }, workshop.facilitator],
		[{ text: build.t(m.export_participants), bold: true }, String(outcome.participantCount)]
	];
	if (options.includeNames && outcome.record.participants.length > 0) {
		meta.push([
			{ text: build.t(m.export_participant_names), bold: true },
			outcome.record.participants.map((p) => p.name).join(', ')
		]);
	}

	const content: Content[] = [
		{ text: build.t(m.export_subtitle), style: 'kicker' },
		{ text: workshop.title, style: 'title' },
		{ text: build.t(m.export_title), style: 'subtitle' },
		{ table: { widths: [110, '*'], body: meta }, layout: 'noBorders', margin: [0, 0, 0, 12] },
		...(workshop.caseDescription
			? [
					{ text: build.t(m.export_case), style: 'h2' } as Content,
					{ text: workshop.caseDescription, margin: [0, 0, 0, 8] } as Content
				]
			: []),
		...sectionsOf(outcome.record.steps).flatMap((section) => section.pdf(build)),
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
			title: `${workshop.title}: ${build.t(m.export_title)}`,
			author: workshop.facilitator,
			subject: build.t(m.export_subtitle),
			keywords: `CODIO; ${options.fingerprint}`
		},
		content: [...logoBlock(options.look), ...content],
		footer: fingerprintFooter(options, locale),
		...documentStyle(options.look)
	};
}

export async function outcomePdf(outcome: Outcome, options: PdfOptions): Promise<Buffer> {
	configure();
	return pdfmake.createPdf(outcomeDocument(outcome, options)).getBuffer();
}
