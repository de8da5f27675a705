// The documents of a workshop that ran an instrument, from the same canonical record as every
// other export and fingerprinted like them: the answers in the publisher's format
// (assessment-output v2, ../instruments/output.ts) and the "art. 27 AI Act" summary, which lists
// the answers to the questions the instrument tags for the fundamental-rights impact assessment
// under the six elements of art. 27(1), as PDF and as JSON.
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ART27_TEXTS } from '$lib/instruments/art27';
import { ART27_ELEMENTS, versionedUrn, type Art27Element } from '$lib/instruments/instrument';
import { formatDate } from '$lib/format';
import { localeTag, type Language } from '$lib/language';
import { slugify } from '$lib/slug';
import { instrumentOutcome, type ItemOutcome } from '$lib/steps/questions/export.server';
import { assessmentOutput } from '../instruments/output';
import { loadWorkshopRows } from '../read-model/load';
import { recordOf } from '../read-model/record';
import { execute, type Actor } from '../workshops/command';
import { issue } from '../workshops/fingerprints';
import { pdfLookOf } from '.';
import { outcomeOf, type Outcome } from './outcome';
import { configure, documentStyle, fingerprintFooter, logoBlock } from './pdf-style';
import { fingerprintOf } from './record';

export const INSTRUMENT_FILES = ['assessment.json', 'art27.pdf', 'art27.json'] as const;
export type InstrumentFile = (typeof INSTRUMENT_FILES)[number];

const WORDS = {
	title: { nl: 'Samenvatting art. 27 AI-verordening', en: 'Art. 27 AI Act summary' },
	intro: {
		nl: 'De antwoorden op de vragen die het instrument aanmerkt voor de beoordeling van de gevolgen voor grondrechten (art. 27 lid 1 van Verordening (EU) 2024/1689), per onderdeel.',
		en: 'The answers to the questions the instrument marks for the fundamental-rights impact assessment (art. 27(1) of Regulation (EU) 2024/1689), per element.'
	},
	unassigned: { nl: 'Niet aan een onderdeel toegewezen', en: 'Not assigned to an element' },
	unanswered: { nl: 'Nog niet beantwoord', en: 'Not answered yet' },
	skipped: { nl: 'Overgeslagen', en: 'Skipped' },
	considerations: { nl: 'Belangrijkste overwegingen', en: 'Main considerations' },
	dissent: { nl: 'Afwijkend standpunt', en: 'Minority view' },
	research: { nl: 'Wacht op onderzoek', en: 'Waiting for research' },
	none: { nl: 'Geen vragen bij dit onderdeel.', en: 'No questions for this element.' },
	instrument: { nl: 'Instrument', en: 'Instrument' }
} satisfies Record<string, Record<Language, string>>;

interface SummaryAnswer {
	id: string;
	question: string;
	status: ItemOutcome['status'];
	answer: string;
	considerations: string;
	dissent: string;
}

/** The summary: per element of art. 27(1), the tagged questions' answers; and the untagged rest. */
export function art27Summary(outcome: Outcome) {
	const data = instrumentOutcome(outcome);
	if (!data) return null;
	const tagged = [...data.items.values()].filter((o) => o.item.tags.includes('in_fria'));
	const row = (o: ItemOutcome): SummaryAnswer => ({
		id: o.item.id,
		question: o.item.title,
		status: o.status,
		answer: o.answer,
		considerations: o.considerations,
		dissent: o.dissent
	});
	const { workshop } = outcome.record;
	return {
		instrument: {
			name: data.definition.name,
			urn: versionedUrn(data.definition),
			version: data.definition.version
		},
		workshop: {
			title: workshop.title,
			organisation: workshop.organisation,
			scheduledOn: workshop.scheduledOn
		},
		elements: ART27_ELEMENTS.map((element: Art27Element) => ({
			element,
			title: ART27_TEXTS[element],
			answers: tagged.filter((o) => o.item.art27 === element).map(row)
		})),
		unassigned: tagged.filter((o) => o.item.art27 === null).map(row)
	};
}

type Summary = NonNullable<ReturnType<typeof art27Summary>>;

function answerBlock(a: SummaryAnswer, locale: Language): Content[] {
	const w = (k: keyof typeof WORDS) => WORDS[k][locale];
	const body =
		a.status === 'skipped'
			? w('skipped')
			: a.answer || (a.status === 'research' ? w('research') : w('unanswered'));
	return [
		{ text: `${a.id} ${a.question}`, bold: true, margin: [0, 6, 0, 2] },
		{ text: body, italics: !a.answer, margin: [10, 0, 0, 2] },
		...(a.considerations
			? [
					{
						text: [{ text: `${w('considerations')}: `, italics: true }, a.considerations],
						margin: [10, 0, 0, 2]
					} as Content
				]
			: []),
		...(a.dissent
			? [
					{
						text: [{ text: `${w('dissent')}: `, italics: true }, a.dissent],
						margin: [10, 0, 0, 2]
					} as Content
				]
			: [])
	];
}

function art27Document(
	summary: Summary,
	locale: Language,
	options: { fingerprint: string; verifyUrl: string; look: ReturnType<typeof pdfLookOf> }
): TDocumentDefinitions {
	const w = (k: keyof typeof WORDS) => WORDS[k][locale];
	const content: Content[] = [
		{ text: summary.workshop.organisation, style: 'kicker' },
		{ text: w('title'), style: 'title' },
		{
			text: `${summary.workshop.title} · ${formatDate(summary.workshop.scheduledOn, locale)}`,
			style: 'subtitle'
		},
		{
			text: `${w('instrument')}: ${summary.instrument.name} (${summary.instrument.urn})`,
			margin: [0, 0, 0, 4]
		},
		{ text: w('intro'), style: 'muted', margin: [0, 0, 0, 8] },
		...summary.elements.flatMap(({ title, answers }): Content[] => [
			{ text: title[locale], style: 'h2' },
			...(answers.length === 0
				? [{ text: w('none'), style: 'muted' } as Content]
				: answers.flatMap((a) => answerBlock(a, locale)))
		]),
		...(summary.unassigned.length > 0
			? [
					{ text: w('unassigned'), style: 'h2' } as Content,
					...summary.unassigned.flatMap((a) => answerBlock(a, locale))
				]
			: [])
	];
	return {
		pageSize: 'A4',
		pageMargins: [45, 50, 45, 70],
		language: localeTag(locale),
		info: {
			title: `${summary.workshop.title}: ${w('title')}`,
			subject: w('title'),
			keywords: `${summary.instrument.urn}; ${options.fingerprint}`
		},
		content: [...logoBlock(options.look), ...content],
		footer: fingerprintFooter(options, locale),
		...documentStyle(options.look)
	};
}

/** One of the instrument's documents of a workshop as it is now, its fingerprint remembered. */
export async function exportInstrument(
	workshopId: string,
	file: InstrumentFile,
	options: { verifyUrl: string; actor: Actor; by: string; now?: Date }
) {
	const rows = loadWorkshopRows(workshopId);
	if (!rows) return null;
	const record = recordOf(rows);
	const data = record.instrument;
	if (!data) return null;
	const outcome = outcomeOf(record);
	const fingerprint = fingerprintOf(record);
	const format = file === 'assessment.json' ? 'assessment' : 'art27';
	execute(workshopId, options.actor, (ctx) => issue(ctx, fingerprint, format));
	const base = `${slugify(record.workshop.title) || 'workshop'}-${record.workshop.scheduledOn}`;
	const locale = outcome.language;
	if (file === 'assessment.json') {
		const entries = new Map(
			[...instrumentOutcome(outcome)!.items.values()]
				.filter((o) => o.entries.length > 0)
				.map((o) => [o.item.id, o.entries])
		);
		const output = assessmentOutput(data, entries, {
			now: options.now ?? new Date(),
			by: options.by,
			locale
		});
		return {
			body: `${JSON.stringify(output, null, 4)}\n`,
			contentType: 'application/json; charset=utf-8',
			filename: `${base}-${data.definition.urn.split(':').at(-1)}.json`,
			fingerprint
		};
	}
	const summary = art27Summary(outcome)!;
	if (file === 'art27.json') {
		return {
			body: `${JSON.stringify({ ...summary, fingerprint, verify: `${options.verifyUrl}?fingerprint=${fingerprint}` }, null, 2)}\n`,
			contentType: 'application/json; charset=utf-8',
			filename: `${base}-art27.json`,
			fingerprint
		};
	}
	configure();
	const pdf = await pdfmake
		.createPdf(
			art27Document(summary, locale, {
				fingerprint,
				verifyUrl: options.verifyUrl,
				look: pdfLookOf(rows.workshop.organisationId)
			})
		)
		.getBuffer();
	return {
		body: new Uint8Array(pdf),
		contentType: 'application/pdf',
		filename: `${base}-art27.pdf`,
		fingerprint
	};
}
