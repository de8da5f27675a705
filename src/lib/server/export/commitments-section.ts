// The commitments in the outcome's documents: number, action, owner, due date, status and linked
// values, the table's header repeated on every page. The steps that keep commitments (CODIO's last
// step, a follow-up's adjustments) add this section.
import { formatDate } from '$lib/format';
import { statusLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { escapeMarkdown as e, heading } from './markdown-text';
import type { ExportSection } from './section';

export const commitmentsSection: ExportSection = {
	name: 'commitments',
	pdf: ({ outcome, t, header, none }) => [
		{ text: t(m.export_commitments), style: 'h2', pageBreak: 'before' },
		outcome.commitments.length === 0
			? none
			: {
					table: {
						headerRows: 1,
						dontBreakRows: true,
						widths: [18, '*', 80, 70, 55, 80],
						body: [
							header([
								'#',
								t(m.matrix_table_action),
								t(m.commitment_owner),
								t(m.commitment_due),
								t(m.commitment_status),
								t(m.export_linked_values)
							]),
							...outcome.commitments.map((c) => [
								String(c.number),
								c.action,
								c.owner || '–',
								c.dueOn ? formatDate(c.dueOn, outcome.language) : '–',
								statusLabel(c.status, outcome.language),
								c.values.join(', ')
							])
						]
					},
					layout: 'lightHorizontalLines',
					style: 'table'
				}
	],
	markdown: (outcome) => {
		const locale = outcome.language;
		if (outcome.commitments.length === 0)
			return heading(m.export_commitments({}, { locale }), m.export_none({}, { locale }));
		return [
			...heading(m.export_commitments({}, { locale })),
			`| # | ${m.matrix_table_action({}, { locale })} | ${m.commitment_owner({}, { locale })} | ${m.commitment_due({}, { locale })} | ${m.commitment_status({}, { locale })} | ${m.export_linked_values({}, { locale })} |`,
			'| ---: | --- | --- | --- | --- | --- |',
			...outcome.commitments.map(
				(c) =>
					`| ${c.number} | ${e(c.action)} | ${e(c.owner) || '–'} | ${c.dueOn ? formatDate(c.dueOn, locale) : '–'} | ${statusLabel(c.status, locale)} | ${c.values.map(e).join(', ')} |`
			),
			''
		];
	}
};
