// The whole outcome as Markdown, for an intranet page, a wiki or an e-mail: the workshop, then each
// step kind's sections in the order of the steps (./section.ts), and the record's fingerprint.
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { sectionsOf } from '../kinds';
import { escapeMarkdown as e } from './markdown-text';
import type { Outcome } from './outcome';

export { escapeMarkdown } from './markdown-text';

export function outcomeMarkdown(outcome: Outcome, fingerprint: string): string {
	const locale = outcome.language;
	const { workshop } = outcome.record;
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
	if (workshop.caseDescription) {
		lines.push(`## ${m.export_case({}, { locale })}`, '', e(workshop.caseDescription), '');
	}
	for (const section of sectionsOf(outcome.record.steps)) lines.push(...section.markdown(outcome));
	lines.push('---', '', `${m.export_fingerprint({}, { locale })}: \`${fingerprint}\``, '');
	return lines.join('\n');
}
