// The canonical record of a workshop (see read-model/record.ts), its SHA-256 fingerprint, and the
// fingerprints the app has issued, so a copy found later can be checked (public: /verify and
// /api/fingerprints). What was issued is written by src/lib/server/workshops/fingerprints.ts and
// read from src/lib/server/read-model/fingerprints.ts.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { dutchDate } from '$lib/dates';
import { recordAsVersion1, type WorkshopRecord, type WorkshopRecordV1 } from '$lib/schemas/record';
import { chainOf } from '../read-model/chain';
import {
	firstIssue,
	formatsOf,
	importOrigin,
	type ExportFormat,
	type IssueRow
} from '../read-model/fingerprints';
import { loadWorkshopRows } from '../read-model/load';
import { progressReportOf, type ProgressReport } from '../read-model/progress';
import { recordOf } from '../read-model/record';
import { memo, revisionsOf } from '../read-model/revisions';
import { FINGERPRINT_CHECKS_PER_ADDRESS, hitRateLimit } from '../rate-limit';

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

/** The fingerprint an archive carries, in its own version (an archive of version 1 as v1 did). */
export function archiveFingerprintOf(record: WorkshopRecord, version: number): string {
	const asWritten = version === 1 ? recordAsVersion1(record) : record;
	return fingerprintOf(asWritten ?? record);
}

/**
 * Who issued an export, as the public may see it: the account's name, the domain of its e-mail
 * address (gemeente.nl, not the address) and since when the account exists.
 */
interface Issuer {
	name: string;
	emailDomain: string;
	accountSince: number;
}

/** An issued export: of which workshop, by whom (null before this was recorded), when. */
interface Issue {
	workshopTitle: string;
	organisation: string;
	issuedAt: number;
	issuedBy: Issuer | null;
}

export interface FingerprintCheck {
	known: boolean;
	/** The documents it was issued as: pdf, csv, md, ics, json (the workshop), progress, register. */
	documents: ExportFormat[];
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
	if (!row) return { known: false, documents: [], current: false, issue: null, imported: null };
	const origin = importOrigin(row.workshopId);
	// The archive counts as issued here only if another workshop's export had its fingerprint
	// before the import (the copy's own later exports have the same one while it is unchanged).
	const archive = origin.archiveFingerprint
		? firstIssue(origin.archiveFingerprint, {
				before: origin.importedAt!,
				notOf: row.workshopId
			})
		: undefined;
	const current =
		row.format === 'progress'
			? progressFingerprint(row.workshopId, dutchDate(row.issuedAt))
			: recordFingerprint(row.workshopId, row.version === 1 ? 1 : 2);
	return {
		known: true,
		documents: formatsOf(wanted),
		current: current === wanted,
		issue: issueOf(row),
		imported:
			origin.archiveFingerprint === null
				? null
				: {
						importedAt: origin.importedAt!,
						archiveFingerprint: origin.archiveFingerprint,
						archive: archive ? issueOf(archive) : null,
						changedSinceImport: recordFingerprint(row.workshopId, 2) !== origin.importedRecord
					}
	};
}

/**
 * A public check from one address (/verify, /api/fingerprints), within the limit per address:
 * the answer, or how long to wait.
 */
export function checkFingerprintFrom(
	address: string,
	fingerprint: string
): { ok: true; check: FingerprintCheck } | { ok: false; retryAfterSeconds: number } {
	const limit = hitRateLimit(FINGERPRINT_CHECKS_PER_ADDRESS, address);
	if (!limit.allowed) return { ok: false, retryAfterSeconds: limit.retryAfterSeconds };
	return { ok: true, check: verifyFingerprint(fingerprint) };
}

/**
 * The fingerprints checked last, per revision of the workshops they were computed from: the
 * fingerprint is public (on every PDF), and a check costs a record build only after a change.
 */
const remembered = memo<string | null>(2000);

/** The fingerprint of a workshop's record as it reads now, in a record version (null: gone). */
function recordFingerprint(workshopId: string, version: 1 | 2): string | null {
	return remembered(`record:${workshopId}:${version}:${revisionsOf([workshopId])}`, () => {
		const record = buildWorkshopRecord(workshopId);
		const asIssued = record && (version === 1 ? recordAsVersion1(record) : record);
		return asIssued ? fingerprintOf(asIssued) : null;
	});
}

/**
 * The fingerprint of a workshop's progress report as it reads for that day (null when the
 * workshop is gone). The same report, built again from unchanged data, has the same one.
 */
function progressFingerprint(workshopId: string, day: string): string | null {
	const sessions = revisionsOf(chainOf(workshopId).map((s) => s.id));
	return remembered(`progress:${workshopId}:${day}:${sessions}`, () => {
		const report = progressReportOf(workshopId, day);
		return report && progressReportFingerprint(report);
	});
}
