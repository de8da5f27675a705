// The actions step in the exports: each chosen value with the actions proposed for it.
import { m } from '$lib/paraglide/messages';
import { escapeMarkdown as e, heading } from '$lib/server/export/markdown-text';
import type { Outcome } from '$lib/server/export/outcome';
import type { ExportSection } from '$lib/server/export/section';
import type { Content } from 'pdfmake/interfaces';

/** Each chosen value with the visible, unmerged actions linked to it. */
function actionsByValue({ record, pick }: Outcome) {
	const actions = record.cards.filter((c) => c.kind === 'action' && !c.hidden && !c.mergedInto);
	return record.values
		.filter((v) => v.selected)
		.map((v) => ({
			value: pick(v.nameNl, v.nameEn),
			actions: actions.filter((c) => c.values.includes(v.ref)).map((c) => c.text)
		}));
}

const actions: ExportSection = {
	name: 'actions',
	pdf: ({ outcome, t, none }) => {
		const groups = actionsByValue(outcome);
		return [
			{ text: t(m.export_actions_by_value), style: 'h2' },
			...(groups.length === 0
				? [none]
				: groups.map((group): Content => ({
						stack: [
							{ text: group.value, style: 'h3' },
							group.actions.length === 0 ? none : { ul: group.actions }
						]
					})))
		];
	},
	markdown: (outcome) => {
		const locale = outcome.language;
		const groups = actionsByValue(outcome);
		if (groups.length === 0)
			return heading(m.export_actions_by_value({}, { locale }), m.export_none({}, { locale }));
		return [
			...heading(m.export_actions_by_value({}, { locale })),
			...groups.flatMap((group) => [
				`### ${e(group.value)}`,
				'',
				...(group.actions.length === 0
					? [m.export_none({}, { locale })]
					: group.actions.map((a) => `- ${e(a)}`)),
				''
			])
		];
	}
};

export const sections = [actions];
