// The progress report as an A4 PDF, in the workshop's language and with the same look and
// fingerprint footer as the outcome PDF: the shares done / on track / overdue, every commitment with
// its status over time, the reflection per principle at each session as a small bar chart, and the
// obstacles and help named.
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatScore } from '$lib/format';
import { kindLabel, statusLabel } from '$lib/i18n/labels';
import { localeTag, type Language } from '$lib/language';
import { m } from '$lib/paraglide/messages';
import { progressShares, type ProgressReport } from '../read-model/progress';
import {
	configure,
	documentStyle,
	escapeXml,
	fingerprintFooter,
	logoBlock,
	PRIMARY,
	type PdfLook
} from './pdf-style';

const EARLIER = ['#c9d6e5', '#a9bdd4', '#8aa4c2', '#6b8bb1'];

/** One row per principle, one bar per session (the last in the primary colour), scale 1–5. */
function reflectionChartSvg(report: ProgressReport, accent = PRIMARY): string {
	const locale = report.workshop.language;
	const scored = report.principles.filter((p) => report.sessions.some((s) => s.reflection[p.key]));
	const bar = 9;
	const rowHeight = report.sessions.length * (bar + 2) + 16;
	const left = 170;
	const width = 300;
	const height = scored.length * rowHeight + 40;
	const colour = (i: number) =>
		i === report.sessions.length - 1 ? accent : EARLIER[i % EARLIER.length]!;
	const rows = scored.map((principle, row) => {
		const y = 10 + row * rowHeight;
		const bars = report.sessions.map((session, i) => {
			const score = session.reflection[principle.key]?.mean;
			const by = y + 14 + i * (bar + 2);
			if (score === undefined) return '';
			return `<rect x="${left}" y="${by}" width="${((score / 5) * width).toFixed(1)}" height="${bar}" fill="${colour(i)}"/><text x="${left + (score / 5) * width + 4}" y="${by + 8}" font-family="Roboto" font-size="8" fill="#1a1a1a">${escapeXml(formatScore(score, locale))}</text>`;
		});
		return `<text x="0" y="${y + 10}" font-family="Roboto" font-size="9" font-weight="bold" fill="#1a1a1a">${escapeXml(principle.name[locale])}</text>${bars.join('')}`;
	});
	// One session per line, over the chart's whole width, so a long title is not cut off.
	const label = (s: ProgressReport['sessions'][number]) => {
		const text = `${s.title} (${formatDate(s.scheduledOn, locale)})`;
		return text.length > 95 ? `${text.slice(0, 94)}…` : text;
	};
	const legend = report.sessions
		.map(
			(s, i) =>
				`<rect x="0" y="${height - 22 + i * 12}" width="9" height="9" fill="${colour(i)}"/><text x="13" y="${height - 14 + i * 12}" font-family="Roboto" font-size="8" fill="#1a1a1a">${escapeXml(label(s))}</text>`
		)
		.join('');
	const total = height + (report.sessions.length - 1) * 12;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 30}" height="${total}" viewBox="0 0 ${left + width + 30} ${total}">${rows.join('')}${legend}</svg>`;
}

interface ProgressOptions {
	fingerprint: string;
	verifyUrl: string;
	/** The organisation's accent and logo, if it has its own look. */
	look?: PdfLook | null;
}

function progressDocument(report: ProgressReport, options: ProgressOptions): TDocumentDefinitions {
	const locale: Language = report.workshop.language;
	const t = (fn: (i: Record<string, never>, o: { locale: Language }) => string) =>
		fn({}, { locale });
	const shares = progressShares(report);
	const percent = (n: number) => (shares.total === 0 ? 0 : Math.round((n / shares.total) * 100));
	const header = (cells: string[]): TableCell[] =>
		cells.map((text) => ({ text, style: 'tableHeader' }));
	const timeline = (c: ProgressReport['commitments'][number]) =>
		c.timeline
			.map((s) => `${formatDate(s.on, locale)}: ${statusLabel(s.status, locale)}`)
			.join('\n');

	const content: Content[] = [
		{ text: t(m.export_subtitle), style: 'kicker' },
		{ text: report.workshop.title, style: 'title' },
		{ text: t(m.progress_title), style: 'subtitle' },
		{
			table: {
				widths: [110, '*'],
				body: [
					[{ text: t(m.export_organisation), bold: true }, report.workshop.organisation],
					[{ text: t(m.export_facilitator), bold: true }, report.workshop.facilitator],
					[
						{ text: t(m.progress_sessions), bold: true },
						report.sessions
							.map((s) => `${s.title} (${formatDate(s.scheduledOn, locale)})`)
							.join('\n')
					],
					[{ text: t(m.progress_as_of), bold: true }, formatDate(report.asOf, locale)]
				]
			},
			layout: 'noBorders',
			margin: [0, 0, 0, 12]
		},
		{ text: t(m.progress_summary_heading), style: 'h2' },
		{
			ul: [
				m.progress_share_done(
					{ count: shares.done, total: shares.total, percent: percent(shares.done) },
					{ locale }
				),
				m.progress_share_on_track(
					{ count: shares.onTrack, total: shares.total, percent: percent(shares.onTrack) },
					{ locale }
				),
				m.progress_share_troubled(
					{ count: shares.troubled, total: shares.total, percent: percent(shares.troubled) },
					{ locale }
				),
				m.progress_share_overdue(
					{ count: shares.overdue, total: shares.total, percent: percent(shares.overdue) },
					{ locale }
				),
				m.progress_share_dropped(
					{ count: shares.dropped, total: shares.total, percent: percent(shares.dropped) },
					{ locale }
				)
			]
		},
		{ text: t(m.progress_commitments_heading), style: 'h2' },
		report.commitments.length === 0
			? { text: t(m.export_none), style: 'muted' }
			: {
					style: 'table',
					table: {
						headerRows: 1,
						dontBreakRows: true,
						widths: ['*', 70, 60, 55, '*'],
						body: [
							header([
								t(m.matrix_table_action),
								t(m.commitment_owner),
								t(m.commitment_due),
								t(m.commitment_status),
								t(m.progress_timeline)
							]),
							...report.commitments.map((c): TableCell[] => [
								{
									stack: [c.action, ...(c.note ? [{ text: `“${c.note}”`, style: 'small' }] : [])]
								},
								c.owner || '–',
								c.dueOn ? formatDate(c.dueOn, locale) : '–',
								{
									text: c.overdue
										? `${statusLabel(c.status, locale)}\n${t(m.register_overdue)}`
										: statusLabel(c.status, locale),
									bold: c.overdue
								},
								{ text: timeline(c), style: 'small' }
							])
						]
					},
					layout: 'lightHorizontalLines'
				},
		// The heading goes with its chart: never alone at the foot of a page.
		{
			stack: [
				{ text: t(m.progress_reflection_heading), style: 'h2' },
				report.sessions.some((s) => Object.keys(s.reflection).length > 0)
					? { svg: reflectionChartSvg(report, options.look?.accent), width: 480 }
					: { text: t(m.export_none), style: 'muted' }
			],
			unbreakable: true
		},
		{ text: t(m.export_obstacles), style: 'h2' },
		report.obstacles === null
			? { text: t(m.progress_obstacles_withheld), style: 'muted' }
			: report.obstacles.length === 0
				? { text: t(m.export_none), style: 'muted' }
				: {
						ul: report.obstacles.map(
							(o) => `${kindLabel(o.kind, locale)}: ${o.text} (${o.session})`
						)
					}
	];

	return {
		pageSize: 'A4',
		pageMargins: [45, 50, 45, 70],
		language: localeTag(locale),
		info: {
			title: `${report.workshop.title}: ${t(m.progress_title)}`,
			author: report.workshop.facilitator,
			subject: t(m.progress_title),
			keywords: `CODIO; ${options.fingerprint}`
		},
		content: [...logoBlock(options.look), ...content],
		footer: fingerprintFooter(options, locale),
		...documentStyle(options.look)
	};
}

export async function progressPdf(
	report: ProgressReport,
	options: ProgressOptions
): Promise<Buffer> {
	configure();
	return pdfmake.createPdf(progressDocument(report, options)).getBuffer();
}
