// The audit log as a beheerder takes it away: CSV (for a spreadsheet) and JSON, in the reader's
// language, read from the one log the commands write.
import { auditLabel } from '$lib/i18n/organisation-labels';
import type { Language } from '$lib/language';
import { m } from '$lib/paraglide/messages';
import { csvTable } from '../export/csv';
import { auditOf } from '../read-model/organisations';

const iso = (at: number) => new Date(at).toISOString();

export function auditCsv(organisationId: string, locale: Language): string {
	const header = [m.audit_when, m.audit_who, m.audit_what, m.audit_subject, m.audit_detail].map(
		(label) => label({}, { locale })
	);
	const rows = auditOf(organisationId).map((line) => [
		iso(line.at),
		line.actor,
		auditLabel(line.action, locale),
		line.subject,
		line.detail
	]);
	return csvTable([header, ...rows], ';');
}

export function auditJson(organisationId: string, organisation: string): string {
	const lines = auditOf(organisationId).map((line) => ({ ...line, at: iso(line.at) }));
	return `${JSON.stringify({ organisation, exportedAt: iso(Date.now()), lines }, null, 2)}\n`;
}
