// The commitments as CSV that opens right in Excel: UTF-8 with a byte-order mark, and by default
// the semicolon that Dutch Excel expects. Cells that a spreadsheet would run as a formula are
// defused with a leading apostrophe (OWASP's advice against CSV injection).
import { statusLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { normaliseLineBreaks } from './line-breaks';
import type { Outcome } from './outcome';

export type CsvSeparator = ';' | ',';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string, separator: CsvSeparator): string {
	const safe = normaliseLineBreaks(FORMULA_START.test(value) ? `'${value}` : value);
	return /["\r\n]/.test(safe) || safe.includes(separator)
		? `"${safe.replaceAll('"', '""')}"`
		: safe;
}

export function commitmentsCsv(outcome: Outcome, separator: CsvSeparator = ';'): string {
	const locale = outcome.language;
	const header = [
		'#',
		m.matrix_table_action({}, { locale }),
		m.commitment_owner({}, { locale }),
		m.commitment_due({}, { locale }),
		m.commitment_status({}, { locale }),
		m.export_linked_values({}, { locale })
	];
	const rows = outcome.commitments.map((c) => [
		String(c.number),
		c.action,
		c.owner,
		c.dueOn ?? '',
		statusLabel(c.status, locale),
		c.values.join(', ')
	]);
	return csvTable([header, ...rows], separator);
}

/** Rows of cells as a CSV file for Excel: byte-order mark, CRLF, every cell made safe. */
export function csvTable(rows: string[][], separator: CsvSeparator): string {
	const lines = rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
