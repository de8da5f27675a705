// The ledger of issued documents: every fingerprint handed out (which workshop, which format, by
// whom, when), so a copy found later can be checked; and, for a workshop imported from an archive,
// which archive it came from. Its commands are the only writers of `export_fingerprints` and of a
// workshop's import provenance.
import { RECORD_VERSION } from '$lib/schemas/record';
import { statement } from '../db/statements';
import type { ExportFormat } from '../read-model/fingerprints';
import { facilitatorOf, type Context } from './command';

/** Remembers that an export with this fingerprint was handed out (and by whom), to verify later. */
export function issue(ctx: Context, fingerprint: string, format: ExportFormat): void {
	const { facilitatorId } = facilitatorOf(ctx);
	statement(
		`INSERT OR IGNORE INTO export_fingerprints
			(fingerprint, workshop_id, format, created_at, record_version, issued_by)
		VALUES (?, ?, ?, ?, ?, ?)`
	).run(fingerprint, ctx.workshopId, format, ctx.now, RECORD_VERSION, facilitatorId);
}

/** Notes where an imported workshop came from and what its record was then. */
export function noteImport(ctx: Context, archiveFingerprint: string, recordFingerprint: string) {
	statement(
		'UPDATE workshops SET imported_from = ?, imported_at = ?, imported_record = ? WHERE id = ?'
	).run(archiveFingerprint, ctx.now, recordFingerprint, ctx.workshopId);
}
