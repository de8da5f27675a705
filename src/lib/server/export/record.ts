// The canonical record of a workshop (see read-model/record.ts), its SHA-256 fingerprint, and the
// fingerprints the app has issued, so a copy found later can be checked.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import {
	RECORD_VERSION,
	recordAsVersion1,
	type WorkshopRecord,
	type WorkshopRecordV1
} from '$lib/schemas/record';
import { getDb } from '../db';
import { recordOf } from '../read-model/record';
import { progressReportOf, type ProgressReport } from '../read-model/progress';
import { loadWorkshopRows } from '../read-model/rows';
import { dutchDate } from '$lib/dates';

/** Everything the workshop produced, as the JSON archive holds it; null without a workshop. */
export function buildWorkshopRecord(workshopId: string): WorkshopRecord | null {
	const rows = loadWorkshopRows(workshopId);
	return rows ? recordOf(rows) : null;
}

/** JSON with object keys sorted at every level: the same record always gives the same bytes. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/** SHA-256 (hex) of a value's canonical JSON. */
function digest(value: unknown): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(canonicalJson(value))));
}

/** SHA-256 (hex) of the canonical record. */
export function fingerprintOf(record: WorkshopRecord | WorkshopRecordV1): string {
	return digest(record);
}

/** SHA-256 (hex) of a progress report: the same report always has the same one. */
export const progressReportFingerprint = (report: ProgressReport): string => digest(report);

/** The formats derived from the workshop record. */
export type RecordFormat = 'pdf' | 'csv' | 'md' | 'ics' | 'json';
/** Every fingerprinted file: the record's formats, and the progress report of a chain of sessions. */
export type ExportFormat = RecordFormat | 'progress' | 'register';

/** Remembers that an export with this fingerprint was handed out (and by whom), to verify later. */
export function recordFingerprint(
	workshopId: string,
	fingerprint: string,
	format: ExportFormat,
	issuedBy: string | null
): void {
	getDb()
		.prepare(
			`INSERT OR IGNORE INTO export_fingerprints
				(fingerprint, workshop_id, format, created_at, record_version, issued_by)
			VALUES (?, ?, ?, ?, ?, ?)`
		)
		.run(fingerprint, workshopId, format, Date.now(), RECORD_VERSION, issuedBy);
}

/** The fingerprint an archive carries, in its own version (an archive of version 1 as v1 did). */
export function archiveFingerprintOf(record: WorkshopRecord, version: number): string {
	const asWritten = version === 1 ? recordAsVersion1(record) : record;
	return fingerprintOf(asWritten ?? record);
}

/** Notes where an imported workshop came from (called in the import's transaction). */
export function recordImport(workshopId: string, archiveFingerprint: string, now = Date.now()) {
	const imported = buildWorkshopRecord(workshopId)!;
	getDb()
		.prepare(
			'UPDATE workshops SET imported_from = ?, imported_at = ?, imported_record = ? WHERE id = ?'
		)
		.run(archiveFingerprint, now, fingerprintOf(imported), workshopId);
}

/**
 * Who issued an export, as the public may see it: the account's name, the domain of its e-mail
 * address (gemeente.nl, not the address) and since when the account exists.
 */
export interface Issuer {
	name: string;
	emailDomain: string;
	accountSince: number;
}

/** An issued export: of which workshop, by whom (null before this was recorded), when. */
export interface Issue {
	workshopTitle: string;
	organisation: string;
	issuedAt: number;
	issuedBy: Issuer | null;
}

export interface FingerprintCheck {
	known: boolean;
	/** Whether the workshop's record today still has this fingerprint. */
	current: boolean;
	/** The first issue of this fingerprint (an unchanged imported copy has the same one). */
	issue: Issue | null;
	/** Set when the workshop was imported from an archive rather than run here. */
	imported: {
		importedAt: number;
		archiveFingerprint: string;
		/** The archive as this installation issued it, or null: not an export of this app (here). */
		archive: Issue | null;
		/** Whether the workshop has changed since it was imported. */
		changedSinceImport: boolean;
	} | null;
}

type IssueRow = {
	workshopId: string;
	format: ExportFormat;
	issuedAt: number;
	version: number;
	title: string;
	organisation: string;
	issuerName: string | null;
	issuerEmail: string | null;
	issuerSince: number | null;
};

/** The first issue of a fingerprint; for an archive, only issues of other workshops before a time. */
function firstIssue(
	fingerprint: string,
	{ before = Number.MAX_SAFE_INTEGER, notOf = '' } = {}
): IssueRow | undefined {
	return getDb()
		.prepare(
			`SELECT e.workshop_id AS workshopId, e.format, e.created_at AS issuedAt, e.record_version AS version,
				w.title, w.organisation, f.display_name AS issuerName, f.email AS issuerEmail,
				f.created_at AS issuerSince
			FROM export_fingerprints e
			JOIN workshops w ON w.id = e.workshop_id
			LEFT JOIN facilitators f ON f.id = e.issued_by
			WHERE e.fingerprint = ? AND e.created_at <= ? AND e.workshop_id <> ?
			ORDER BY e.created_at LIMIT 1`
		)
		.get(fingerprint, before, notOf) as IssueRow | undefined;
}

const issueOf = (row: IssueRow): Issue => ({
	workshopTitle: row.title,
	organisation: row.organisation,
	issuedAt: row.issuedAt,
	issuedBy:
		row.issuerName === null
			? null
			: {
					name: row.issuerName,
					emailDomain: row.issuerEmail!.split('@').pop()!,
					accountSince: row.issuerSince!
				}
});

/**
 * Looks a fingerprint up: was it issued by this app, by whom, does the record still match it,
 * and, for a workshop that was imported, was the archive it came from issued here and has the
 * workshop changed since. Nothing of the participants is in the answer.
 */
export function verifyFingerprint(fingerprint: string): FingerprintCheck {
	const wanted = fingerprint.toLowerCase();
	const row = firstIssue(wanted);
	if (!row) return { known: false, current: false, issue: null, imported: null };
	const record = buildWorkshopRecord(row.workshopId);
	const asIssued = record && (row.version === 1 ? recordAsVersion1(record) : record);
	const origin = getDb()
		.prepare(
			`SELECT imported_from AS archiveFingerprint, imported_at AS importedAt,
				imported_record AS importedRecord FROM workshops WHERE id = ?`
		)
		.get(row.workshopId) as {
		archiveFingerprint: string | null;
		importedAt: number | null;
		importedRecord: string | null;
	};
	// The archive counts as issued here only if another workshop's export had its fingerprint
	// before the import (the copy's own later exports have the same one while it is unchanged).
	const archive = origin.archiveFingerprint
		? firstIssue(origin.archiveFingerprint, {
				before: origin.importedAt!,
				notOf: row.workshopId
			})
		: undefined;
	return {
		known: true,
		current:
			row.format === 'progress'
				? progressFingerprint(row.workshopId, dutchDate(row.issuedAt)) === wanted
				: !!asIssued && fingerprintOf(asIssued) === wanted,
		issue: issueOf(row),
		imported:
			origin.archiveFingerprint === null
				? null
				: {
						importedAt: origin.importedAt!,
						archiveFingerprint: origin.archiveFingerprint,
						archive: archive ? issueOf(archive) : null,
						changedSinceImport: !record || fingerprintOf(record) !== origin.importedRecord
					}
	};
}

/**
 * The fingerprint of a workshop's progress report as it reads for that day (null when the
 * workshop is gone). The same report, built again from unchanged data, has the same one.
 */
export function progressFingerprint(workshopId: string, day: string): string | null {
	const report = progressReportOf(workshopId, day);
	return report && progressReportFingerprint(report);
}
