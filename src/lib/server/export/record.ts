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
import { loadWorkshopRows } from '../read-model/rows';

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

/** SHA-256 (hex) of the canonical record. */
export function fingerprintOf(record: WorkshopRecord | WorkshopRecordV1): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(canonicalJson(record))));
}

export type ExportFormat = 'pdf' | 'csv' | 'md' | 'ics' | 'json';

/** Remembers that an export with this fingerprint was handed out, so it can be verified later. */
export function recordFingerprint(
	workshopId: string,
	fingerprint: string,
	format: ExportFormat
): void {
	getDb()
		.prepare(
			`INSERT OR IGNORE INTO export_fingerprints (fingerprint, workshop_id, format, created_at, record_version)
			VALUES (?, ?, ?, ?, ?)`
		)
		.run(fingerprint, workshopId, format, Date.now(), RECORD_VERSION);
}

export interface FingerprintCheck {
	known: boolean;
	/** Whether the workshop's record today still has this fingerprint. */
	current: boolean;
	workshopTitle: string | null;
	issuedAt: number | null;
}

/** Looks a fingerprint up: was it issued by this app, and does the record still match it? */
export function verifyFingerprint(fingerprint: string): FingerprintCheck {
	const wanted = fingerprint.toLowerCase();
	const row = getDb()
		.prepare(
			`SELECT e.workshop_id AS workshopId, MIN(e.created_at) AS issuedAt, e.record_version AS version,
				w.title FROM export_fingerprints e
			JOIN workshops w ON w.id = e.workshop_id WHERE e.fingerprint = ? GROUP BY e.workshop_id LIMIT 1`
		)
		.get(wanted) as
		{ workshopId: string; issuedAt: number; version: number; title: string } | undefined;
	if (!row) return { known: false, current: false, workshopTitle: null, issuedAt: null };
	const record = buildWorkshopRecord(row.workshopId);
	const asIssued = record && (row.version === 1 ? recordAsVersion1(record) : record);
	return {
		known: true,
		current: !!asIssued && fingerprintOf(asIssued) === wanted,
		workshopTitle: row.title,
		issuedAt: row.issuedAt
	};
}
