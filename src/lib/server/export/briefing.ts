// The participants' briefing as a one-page A4 PDF and the workshop as a calendar invitation
// (RFC 5545), both in the workshop's language.
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { addDays, timeSpan } from '$lib/dates';
import { formatDate } from '$lib/format';
import { localeTag } from '$lib/language';
import { m } from '$lib/paraglide/messages';
import type { Briefing } from '../read-model/preparation';
import { compactDate, foldLine, icsStamp, icsText } from './ics';
import { configure, documentStyle, logoBlock, PRIMARY, type PdfLook } from './pdf-style';

function briefingDocument(
	b: Briefing,
	joinUrl: string,
	qrSvg: string,
	look: PdfLook | null
): TDocumentDefinitions {
	const locale = b.language;
	const t = (fn: (i: Record<string, never>, o: { locale: typeof locale }) => string) =>
		fn({}, { locale });
	const minutes = (n: number) => m.briefing_minutes({ minutes: n }, { locale });
	const total = b.steps.reduce((sum, s) => sum + s.minutes, 0);
	// The start and the end: people plan the rest of their day around it.
	const when = `${formatDate(b.scheduledOn, locale)}${b.startsAt ? `, ${timeSpan(b.startsAt, total)}` : ''}`;
	const text = (value: string, limit: number) =>
		value.length > limit ? `${value.slice(0, limit - 1)}…` : value;
	const content: Content[] = [
		{ text: `${t(m.briefing_title)} · ${b.organisation}`, style: 'kicker' },
		{ text: b.title, style: 'title' },
		{
			table: {
				widths: [90, '*'],
				body: [
					[{ text: t(m.field_date), bold: true }, when],
					...(b.location ? [[{ text: t(m.preparation_location), bold: true }, b.location]] : []),
					[{ text: t(m.briefing_duration), bold: true }, minutes(total)],
					[{ text: t(m.export_facilitator), bold: true }, b.facilitator]
				]
			},
			layout: 'noBorders',
			margin: [0, 0, 0, 6]
		},
		...(b.purpose
			? [{ text: t(m.preparation_purpose), style: 'h3' }, { text: text(b.purpose, 600) }]
			: []),
		...(b.caseDescription
			? [{ text: t(m.case_heading), style: 'h3' }, { text: text(b.caseDescription, 900) }]
			: []),
		{ text: t(m.briefing_steps), style: 'h3' },
		{ ol: b.steps.map((s) => `${s.title[locale]} (${minutes(s.minutes)})`) },
		{ text: t(m.codio_heading), style: 'h3' },
		{ text: t(m.briefing_codio) },
		{ text: t(m.briefing_join), style: 'h3' },
		{
			columns: [
				{ svg: qrSvg, width: 110 },
				{
					stack: [
						t(m.briefing_join_text),
						{ text: joinUrl, color: look?.accent ?? PRIMARY, margin: [0, 4, 0, 0] },
						{ text: `${t(m.briefing_code)} ${b.joinCode}`, bold: true, margin: [0, 4, 0, 0] }
					],
					margin: [10, 10, 0, 0]
				}
			]
		}
	];
	return {
		pageSize: 'A4',
		pageMargins: [45, 40, 45, 40],
		language: localeTag(locale),
		info: { title: `${t(m.briefing_title)}: ${b.title}`, author: b.facilitator },
		content: [...logoBlock(look), ...content],
		...documentStyle(look)
	};
}

/** `look`: the workshop's organisation's accent and logo, if it has its own. */
export async function briefingPdf(
	b: Briefing,
	joinUrl: string,
	qrSvg: string,
	look: PdfLook | null = null
): Promise<Buffer> {
	configure();
	return pdfmake.createPdf(briefingDocument(b, joinUrl, qrSvg, look)).getBuffer();
}

/**
 * The workshop as one calendar event: a timed event in Amsterdam time when the start time is
 * known (as long as the steps take), an all-day event otherwise; the invitees with an address as
 * attendees.
 */
export function invitationIcs(
	b: Briefing,
	workshopId: string,
	joinUrl: string,
	attendees: { name: string; email: string }[],
	now = new Date()
): string {
	const locale = b.language;
	const total = b.steps.reduce((sum, s) => sum + s.minutes, 0);
	const stamp = icsStamp(now);
	let timing: string[];
	if (b.startsAt) {
		const [h, min] = b.startsAt.split(':').map(Number) as [number, number];
		const end = h * 60 + min + total;
		const pad = (n: number) => String(n).padStart(2, '0');
		const endTime = `${pad(Math.floor(end / 60) % 24)}${pad(end % 60)}00`;
		timing = [
			`DTSTART;TZID=Europe/Amsterdam:${compactDate(b.scheduledOn)}T${pad(h)}${pad(min)}00`,
			`DTEND;TZID=Europe/Amsterdam:${compactDate(b.scheduledOn)}T${endTime}`
		];
	} else {
		timing = [
			`DTSTART;VALUE=DATE:${compactDate(b.scheduledOn)}`,
			`DTEND;VALUE=DATE:${compactDate(addDays(b.scheduledOn, 1))}`
		];
	}
	const description = [
		b.purpose,
		b.caseDescription,
		`${m.briefing_steps({}, { locale })}:`,
		...b.steps.map(
			(s, i) =>
				`${i + 1}. ${s.title[locale]} (${m.briefing_minutes({ minutes: s.minutes }, { locale })})`
		),
		`${m.briefing_join({}, { locale })}: ${joinUrl}`
	]
		.filter(Boolean)
		.join('\n');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Goed Digitaal Bestuur//Workshop//NL',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VTIMEZONE',
		'TZID:Europe/Amsterdam',
		'BEGIN:DAYLIGHT',
		'TZOFFSETFROM:+0100',
		'TZOFFSETTO:+0200',
		'TZNAME:CEST',
		'DTSTART:19700329T020000',
		'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
		'END:DAYLIGHT',
		'BEGIN:STANDARD',
		'TZOFFSETFROM:+0200',
		'TZOFFSETTO:+0100',
		'TZNAME:CET',
		'DTSTART:19701025T030000',
		'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
		'END:STANDARD',
		'END:VTIMEZONE',
		'BEGIN:VEVENT',
		`UID:${workshopId}-workshop@goed-digitaal-bestuur`,
		`DTSTAMP:${stamp}`,
		...timing,
		`SUMMARY:${icsText(b.title)}`,
		...(b.location ? [`LOCATION:${icsText(b.location)}`] : []),
		`DESCRIPTION:${icsText(description)}`,
		`URL:${joinUrl}`,
		...attendees.map(
			(a) =>
				`ATTENDEE;CN="${a.name.replace(/["\\;,:\r\n]/g, ' ')}";ROLE=REQ-PARTICIPANT:mailto:${a.email}`
		),
		'END:VEVENT',
		'END:VCALENDAR'
	];
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
