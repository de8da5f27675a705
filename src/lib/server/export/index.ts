// Every document a workshop hands out, built from its canonical record (or, for the progress
// report, from its chain of sessions), each remembered by its fingerprint in the ledger of issued
// documents (through the write path, as the facilitator who asked for it).
import { dutchDate } from '$lib/dates';
import { slugify } from '$lib/slug';
import { firstRowsOf } from '../read-model/commitments';
import type { RecordFormat } from '../read-model/fingerprints';
import { loadWorkshopRows, type WorkshopRows } from '../read-model/load';
import { progressReportOf, type ProgressReader } from '../read-model/progress';
import { recordOf } from '../read-model/record';
import { execute, type Actor } from '../workshops/command';
import { issue } from '../workshops/fingerprints';
import { draftRegisterFields } from './algoritmeregister';
import { commitmentsCsv, type CsvSeparator } from './csv';
import { commitmentsIcs } from './ics';
import { outcomeMarkdown } from './markdown';
import { outcomeOf } from './outcome';
import { outcomePdf } from './pdf';
import { progressPdf } from './progress-pdf';
import { PRIMARY, type PdfLook } from './pdf-style';
import { organisationLogo, organisationLook } from '../read-model/organisations';
import { workshopRow } from '../read-model/rows';
import { buildWorkshopRecord, fingerprintOf, progressReportFingerprint } from './record';

export const EXPORT_FORMATS: readonly RecordFormat[] = ['pdf', 'csv', 'md', 'ics', 'json'];

interface ExportFile {
	body: Uint8Array<ArrayBuffer> | string;
	contentType: string;
	filename: string;
	fingerprint: string;
}

/** An issued document as the browser downloads it: private, never cached, its fingerprint said. */
export function downloadResponse(file: ExportFile): Response {
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'private, no-store',
			'x-fingerprint': file.fingerprint
		}
	});
}

function slug(text: string): string {
	return slugify(text) || 'workshop';
}

/** Builds one export of the workshop as it is now, and remembers its fingerprint. */
export async function exportWorkshop(
	workshopId: string,
	format: RecordFormat,
	options: {
		includeNames: boolean;
		separator: CsvSeparator;
		verifyUrl: string;
		/** The facilitator handing it out, whom /verify names as its issuer. */
		actor: Actor;
	}
): Promise<ExportFile | null> {
	const rows = loadWorkshopRows(workshopId);
	if (!rows) return null;
	const record = recordOf(rows);
	const fingerprint = fingerprintOf(record);
	execute(workshopId, options.actor, (ctx) => issue(ctx, fingerprint, format));
	const outcome = outcomeOf(record);
	const base = `${slug(record.workshop.title)}-${record.workshop.scheduledOn}`;
	switch (format) {
		case 'pdf':
			return {
				body: new Uint8Array(
					await outcomePdf(outcome, {
						fingerprint,
						verifyUrl: options.verifyUrl,
						includeNames: options.includeNames,
						look: pdfLookOf(rows.workshop.organisationId)
					})
				),
				contentType: 'application/pdf',
				filename: `${base}.pdf`,
				fingerprint
			};
		case 'csv':
			return {
				body: commitmentsCsv(outcome, options.separator),
				contentType: 'text/csv; charset=utf-8',
				filename: `${base}-afspraken.csv`,
				fingerprint
			};
		case 'md':
			return {
				body: outcomeMarkdown(outcome, fingerprint),
				contentType: 'text/markdown; charset=utf-8',
				filename: `${base}.md`,
				fingerprint
			};
		case 'ics':
			return {
				body: commitmentsIcs(outcome, eventIdsOf(rows), { fingerprint, alarmDays: 7 }),
				contentType: 'text/calendar; charset=utf-8',
				filename: `${base}.ics`,
				fingerprint
			};
		case 'json':
			return {
				body: `${JSON.stringify(record, null, 2)}\n`,
				contentType: 'application/json; charset=utf-8',
				filename: `${base}.json`,
				fingerprint
			};
	}
}

/**
 * A workshop's live calendar feed: the open commitments with a due date as they are now, each
 * with an alarm before it is due. Not a fixed document, so it has no fingerprint.
 */
export function calendarFeed(workshopId: string, alarmDays: number): string | null {
	const rows = loadWorkshopRows(workshopId);
	if (!rows) return null;
	return commitmentsIcs(outcomeOf(recordOf(rows)), eventIdsOf(rows), {
		alarmDays,
		openOnly: true
	});
}

/**
 * A calendar event id per commitment, in the record's order: from the commitment's first row, so
 * a commitment carried into a follow-up stays the same event in a subscribed calendar.
 */
function eventIdsOf(rows: WorkshopRows): string[] {
	const ids = rows.commitments.map((c) => c.id);
	const first = firstRowsOf(ids);
	return ids.map((id) => first.get(id) ?? id);
}

/**
 * The progress report of this workshop and the sessions before it, as of today, with its
 * fingerprint remembered like every other export's.
 */
export async function exportProgress(
	workshopId: string,
	options: { verifyUrl: string; actor: Actor; reader?: ProgressReader }
): Promise<ExportFile | null> {
	const today = dutchDate(Date.now());
	const report = progressReportOf(workshopId, today, options.reader);
	if (!report) return null;
	const fingerprint = progressReportFingerprint(report);
	execute(workshopId, options.actor, (ctx) => issue(ctx, fingerprint, 'progress'));
	return {
		body: new Uint8Array(
			await progressPdf(report, {
				fingerprint,
				verifyUrl: options.verifyUrl,
				look: pdfLookOf(workshopRow(workshopId)?.organisationId ?? null)
			})
		),
		contentType: 'application/pdf',
		filename: `${slug(report.workshop.title)}-${today}-voortgang.pdf`,
		fingerprint
	};
}

/**
 * A draft of the Algoritmeregister's three fields from the workshop as it is now, with the
 * fingerprint its verification link names (remembered when the facilitator downloads it).
 */
export function registerDraft(workshopId: string, verifyUrl: string) {
	const rows = loadWorkshopRows(workshopId);
	if (!rows) return null;
	const record = recordOf(rows);
	const fingerprint = fingerprintOf(record);
	const fields = draftRegisterFields(outcomeOf(record), {
		verifyUrl: `${verifyUrl}?fingerprint=${fingerprint}`,
		measures: rows.commitments.map((c) => c.measureUrn)
	});
	return { fields, fingerprint };
}

/** Remembers that a register text was handed out, with the workshop's fingerprint now. */
export function recordRegisterIssue(workshopId: string, actor: Actor): void {
	const record = buildWorkshopRecord(workshopId);
	if (record) execute(workshopId, actor, (ctx) => issue(ctx, fingerprintOf(record), 'register'));
}

/** The organisation's look on paper (accent and logo), or null for the app's own. */
export function pdfLookOf(organisationId: string | null): PdfLook | null {
	const look = organisationLook(organisationId);
	if (!look || (!look.accent && !look.logoType)) return null;
	const logo = look.logoType ? organisationLogo(look.organisationId) : null;
	return {
		accent: look.accent ?? PRIMARY,
		logo: logo && {
			dataUrl: `data:${logo.type};base64,${logo.bytes.toString('base64')}`,
			alt: look.name
		}
	};
}

export { slug };
