// The whole outcome as Markdown, for an intranet page, a wiki or an e-mail.
import { statusLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/format';
import type { Outcome } from './outcome';

/** Participant text is text: Markdown and HTML characters are escaped so nothing renders as markup. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export function outcomeMarkdown(outcome: Outcome, fingerprint: string): string {
	const locale = outcome.language;
	const { workshop } = outcome.record;
	const e = escapeMarkdown;
	const score = (n: number) =>
		n.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', {
			minimumFractionDigits: 1,
			maximumFractionDigits: 1
		});
	const lines: string[] = [
		`# ${e(workshop.title)}`,
		'',
		`${m.export_subtitle({}, { locale })}: ${m.export_title({}, { locale })}`,
		'',
		`- **${m.export_organisation({}, { locale })}:** ${e(workshop.organisation)}`,
		`- **${m.export_date({}, { locale })}:** ${formatDate(workshop.scheduledOn, locale)}`,
		`- **${m.export_facilitator({}, { locale })}:** ${e(workshop.facilitator)}`,
		`- **${m.export_participants({}, { locale })}:** ${outcome.participantCount}`,
		''
	];
	if (workshop.caseDescription)
		lines.push(`## ${m.export_case({}, { locale })}`, '', e(workshop.caseDescription), '');

	if (outcome.caseCards.length > 0) {
		const kinds = {
			stakeholder: m.kind_stakeholder_plural,
			risk: m.kind_risk_plural,
			dilemma: m.kind_dilemma_plural
		} as const;
		lines.push(`## ${m.export_case_cards({}, { locale })}`, '');
		for (const kind of ['stakeholder', 'risk', 'dilemma'] as const) {
			const cards = outcome.caseCards.filter((c) => c.kind === kind);
			if (cards.length === 0) continue;
			lines.push(
				`### ${kinds[kind]({}, { locale })}`,
				'',
				...cards.map((c) => `- ${e(c.text)}`),
				''
			);
		}
	}

	lines.push(`## ${m.export_selected_values({}, { locale })}`, '');
	if (outcome.selectedValues.length === 0) lines.push(m.export_none({}, { locale }), '');
	else {
		lines.push(
			`| ${m.export_value({}, { locale })} | ${m.export_principle({}, { locale })} | ${m.export_foundation({}, { locale })} | ${m.export_dots({}, { locale })} |`,
			'| --- | --- | --- | ---: |'
		);
		for (const v of outcome.selectedValues)
			lines.push(`| ${e(v.value)} | ${e(v.principle)} | ${e(v.foundation)} | ${v.dots} |`);
		lines.push('');
	}

	lines.push(`## ${m.export_tensions({}, { locale })}`, '');
	if (outcome.tensions.length === 0) lines.push(m.export_none({}, { locale }), '');
	for (const t of outcome.tensions)
		lines.push(
			`- ${m.tension_versus({ a: e(t.a), b: e(t.b) }, { locale })}${t.note ? `: ${e(t.note)}` : ''}`
		);
	if (outcome.tensions.length) lines.push('');

	lines.push(`## ${m.export_matrix({}, { locale })}`, '');
	if (outcome.actions.length === 0) lines.push(m.export_none({}, { locale }), '');
	else {
		lines.push(
			`| # | ${m.matrix_table_action({}, { locale })} | ${m.rate_necessity({}, { locale })} | ${m.rate_importance({}, { locale })} | ${m.matrix_table_ratings({}, { locale })} |`,
			'| ---: | --- | ---: | ---: | ---: |'
		);
		outcome.actions.forEach((a, i) =>
			lines.push(
				`| ${i + 1} | ${e(a.text)}${a.selected ? ` ${m.export_chosen({}, { locale })}` : ''} | ${score(a.summary.necessity.mean)} ± ${score(a.summary.necessity.sd)} | ${score(a.summary.importance.mean)} ± ${score(a.summary.importance.sd)} | ${a.summary.count} |`
			)
		);
		lines.push('');
	}

	lines.push(`## ${m.export_commitments({}, { locale })}`, '');
	if (outcome.commitments.length === 0) lines.push(m.export_none({}, { locale }), '');
	else {
		lines.push(
			`| # | ${m.matrix_table_action({}, { locale })} | ${m.commitment_owner({}, { locale })} | ${m.commitment_due({}, { locale })} | ${m.commitment_status({}, { locale })} | ${m.export_linked_values({}, { locale })} |`,
			'| ---: | --- | --- | --- | --- | --- |'
		);
		for (const c of outcome.commitments) {
			lines.push(
				`| ${c.number} | ${e(c.action)} | ${e(c.owner) || '–'} | ${c.dueOn ? formatDate(c.dueOn, locale) : '–'} | ${statusLabel(c.status, locale)} | ${c.values.map(e).join(', ')} |`
			);
		}
		lines.push('');
	}

	lines.push(`## ${m.export_reflection({}, { locale })}`, '');
	if (outcome.reflections.length === 0) lines.push(m.export_none({}, { locale }), '');
	for (const r of outcome.reflections) {
		lines.push(
			`- **${e(r.principle)}**: ${m.reflection_summary({ mean: score(r.mean), count: r.count }, { locale })}`
		);
		for (const c of r.comments) lines.push(`  - ${e(c)}`);
	}
	lines.push('', '---', '', `${m.export_fingerprint({}, { locale })}: \`${fingerprint}\``, '');
	return lines.join('\n');
}
