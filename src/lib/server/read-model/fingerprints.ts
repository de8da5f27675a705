// The fingerprints this installation issued (which workshop, which format, who, when) and where an
// imported workshop came from, as /verify reads them.
import { statement } from '../db/statements';

/** The formats derived from the workshop record. */
export type RecordFormat = 'pdf' | 'csv' | 'md' | 'ics' | 'json';
/** Every fingerprinted file: the record's formats, and the progress report of a chain of sessions. */
export type ExportFormat = RecordFormat | 'progress' | 'register' | 'assessment' | 'art27';

export type IssueRow = {
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
export function firstIssue(
	fingerprint: string,
	{ before = Number.MAX_SAFE_INTEGER, notOf = '' } = {}
): IssueRow | undefined {
	return statement(
		`SELECT e.workshop_id AS workshopId, e.format, e.created_at AS issuedAt, e.record_version AS version,
				w.title, w.organisation, f.display_name AS issuerName, f.email AS issuerEmail,
				f.created_at AS issuerSince
			FROM export_fingerprints e
			JOIN workshops w ON w.id = e.workshop_id
			LEFT JOIN facilitators f ON f.id = e.issued_by
			WHERE e.fingerprint = ? AND e.created_at <= ? AND e.workshop_id <> ?
			ORDER BY e.created_at LIMIT 1`
	).get(fingerprint, before, notOf) as IssueRow | undefined;
}

/** Every kind of document this fingerprint was issued as (one record gives PDF, CSV, ... alike). */
export function formatsOf(fingerprint: string): ExportFormat[] {
	return statement(
		'SELECT DISTINCT format FROM export_fingerprints WHERE fingerprint = ? ORDER BY format',
		{ pluck: true }
	).all(fingerprint) as ExportFormat[];
}

/** Where an imported workshop came from: the archive's fingerprint, when, and its record then. */
export function importOrigin(workshopId: string) {
	return statement(
		`SELECT imported_from AS archiveFingerprint, imported_at AS importedAt,
			imported_record AS importedRecord FROM workshops WHERE id = ?`
	).get(workshopId) as {
		archiveFingerprint: string | null;
		importedAt: number | null;
		importedRecord: string | null;
	};
}
