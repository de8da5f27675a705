// The opening on the server: its event is the participants aggregate's (a profile); it counts who
// gave theirs, and the documents say how many came from inside and outside the organisation.
import { m } from '$lib/paraglide/messages';
import { heading } from '$lib/server/export/markdown-text';
import type { Outcome } from '$lib/server/export/outcome';
import { defineKindServer } from '$lib/server/kinds/define';
import { countProfiled } from '$lib/server/read-model/rows';
import opening from './index';

const perspectivesOf = ({ record }: Outcome) => ({
	internal: record.participants.filter((p) => p.perspective === 'internal').length,
	external: record.participants.filter((p) => p.perspective === 'external').length
});

export default defineKindServer(opening, {
	/** Of the participants present, how many gave their perspective. */
	progress: countProfiled,
	exports: [
		{
			name: 'perspectives',
			pdf: ({ outcome, t }) => [
				{ text: t(m.export_perspectives), style: 'h2' },
				{ text: m.perspectives_summary(perspectivesOf(outcome), { locale: outcome.language }) }
			],
			markdown: (outcome) => {
				const locale = outcome.language;
				return [
					...heading(m.export_perspectives({}, { locale })),
					m.perspectives_summary(perspectivesOf(outcome), { locale }),
					''
				];
			}
		}
	]
});
