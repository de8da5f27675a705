// When the case is an algorithm, a workshop's outcome is what the Algoritmeregister's publication
// standard (Publicatiestandaard 1.0) asks for in three fields: "Afwegingen" (`proportionality`:
// the chosen values, the tensions and how they were weighed), "Risicobeheer" (`risks`: the
// prioritised actions with owners and due dates) and "Impacttoets(en)"
// (`impacttoetsen_grouping`: this instrument, or the imported one it ran such as the IAMA, its date
// and a link to the verification page).
// The two free-text fields hold at most 2,500 characters each; a draft keeps to that by naming
// how many items it left out.
import { formatDate } from '$lib/format';
import { statusLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { rankedActions } from '$lib/steps/rating/export.server';
import { chosenValues, namedTensions } from '$lib/steps/values/export.server';
import type { Outcome } from './outcome';

/** The standard's limit for "Afwegingen" and "Risicobeheer". */
export const REGISTER_TEXT_MAX = 2500;
/** The standard's limit for a link. */
export const REGISTER_LINK_MAX = 500;

interface RegisterFields {
	proportionality: string;
	risks: string;
	impacttoets: { title: string; link: string };
}

/**
 * Lines joined until the limit; the rest is counted in a last line ("... and 3 more"). Linear in
 * the number of items: the length of each candidate is summed as the items are added, and only the
 * text that is returned is built.
 */
export function within(head: string[], items: string[], more: (n: number) => string): string {
	const text = (shown: number) =>
		[
			...head,
			...items.slice(0, shown),
			...(shown < items.length ? [more(items.length - shown)] : [])
		].join('\n');
	// Length of the head and the first `shown` items, joined by newlines.
	let length = head.join('\n').length;
	let parts = head.length;
	let best = -1;
	for (let shown = 0; shown <= items.length; shown++) {
		if (shown > 0) {
			length += items[shown - 1]!.length + (parts > 0 ? 1 : 0);
			parts++;
		}
		if (length > REGISTER_TEXT_MAX) break;
		const left = items.length - shown;
		const tail = left > 0 ? more(left).length + (parts > 0 ? 1 : 0) : 0;
		if (length + tail <= REGISTER_TEXT_MAX) best = shown;
	}
	return best >= 0 ? text(best) : text(0).slice(0, REGISTER_TEXT_MAX);
}

/** Drafts the three fields from the workshop's outcome (the facilitator edits them after). */
export function draftRegisterFields(
	outcome: Outcome,
	options: { verifyUrl: string; measures: (string | null)[] }
): RegisterFields {
	const locale = outcome.language;
	const { workshop } = outcome.record;
	const instrument = outcome.record.instrument?.definition;
	const date = formatDate(workshop.scheduledOn, locale);
	const more = (count: number) => m.register_more({ count }, { locale });

	const values = chosenValues(outcome).map(
		(v) => `- ${v.value} (${v.principle}, ${m.register_dots({ count: v.dots }, { locale })})`
	);
	const tensions = namedTensions(outcome).map(
		(t) => `- ${m.tension_versus({ a: t.a, b: t.b }, { locale })}${t.note ? `: ${t.note}` : ''}`
	);
	const proportionality = within(
		[
			m.register_weighed_intro(
				{ date, organisation: workshop.organisation, count: outcome.participantCount },
				{ locale }
			),
			'',
			`${m.export_selected_values({}, { locale })}:`,
			...values,
			'',
			tensions.length > 0
				? `${m.export_tensions({}, { locale })}:`
				: m.register_no_tensions({}, { locale })
		],
		tensions,
		more
	);

	// The commitments in the order the room prioritised their actions (necessity × importance).
	const rank = new Map(rankedActions(outcome).map((a, i) => [a.text, i]));
	const commitments = outcome.commitments
		.map((c, i) => ({ ...c, measure: options.measures[i] ?? null }))
		.sort((a, b) => (rank.get(a.action) ?? 1e9) - (rank.get(b.action) ?? 1e9));
	const risks = within(
		[m.register_risks_intro({ date }, { locale }), ''],
		commitments.map(
			(c, i) =>
				`${i + 1}. ${c.action} (${[
					`${m.commitment_owner({}, { locale })}: ${c.owner || '–'}`,
					`${m.commitment_due({}, { locale })}: ${c.dueOn ? formatDate(c.dueOn, locale) : '–'}`,
					statusLabel(c.status, locale),
					...(c.measure ? [c.measure] : [])
				].join('; ')})`
		),
		more
	);

	return {
		proportionality,
		risks,
		impacttoets: {
			// A workshop that ran an instrument (the IAMA) names it, its version and the date.
			title: instrument
				? m.register_impacttoets_instrument(
						{ name: instrument.name, version: instrument.version, date },
						{ locale }
					)
				: m.register_impacttoets_title({ date }, { locale }),
			link: options.verifyUrl
		}
	};
}

/** The fields as the register's JSON names them (Publicatiestandaard 1.0). */
export function registerJson(fields: RegisterFields) {
	return {
		standard: 'Algoritmeregister Publicatiestandaard 1.0',
		proportionality: fields.proportionality,
		risks: fields.risks,
		impacttoetsen_grouping: [{ title: fields.impacttoets.title, link: fields.impacttoets.link }]
	};
}

/** The fields as plain text, each under the name the register's form shows. */
export function registerText(fields: RegisterFields): string {
	return [
		'Afwegingen',
		'',
		fields.proportionality,
		'',
		'Risicobeheer',
		'',
		fields.risks,
		'',
		'Impacttoets(en)',
		'',
		`${fields.impacttoets.title}: ${fields.impacttoets.link}`,
		''
	].join('\n');
}
