// The values step in the exports: the chosen values with their principle, foundation and dots, and
// the tensions named between values; and its rows in the canonical record (dots and tensions).
import type { Content } from 'pdfmake/interfaces';
import { z } from 'zod';
import { LIMITS } from '$lib/limits';
import { m } from '$lib/paraglide/messages';
import { escapeMarkdown as e, heading } from '$lib/server/export/markdown-text';
import type { Outcome } from '$lib/server/export/outcome';
import type { ExportSection } from '$lib/server/export/section';
import { statement } from '$lib/server/db/statements';
import { newId } from '$lib/server/ids';
import { stable, type RecordPart } from '$lib/server/read-model/record-part';
import { ref } from '$lib/schemas/record';
import type { ValuesRecord } from './state';
import type { TensionRow, VoteRow } from './slice.server';

/** The chosen values, with where they sit in the catalogue and how many dots they got. */
export function chosenValues({ record, pick }: Outcome) {
	const principles = new Map(record.principles.map((p) => [p.key, p]));
	const dots = new Map<string, number>();
	for (const vote of record.votes ?? [])
		dots.set(vote.value, (dots.get(vote.value) ?? 0) + vote.dots);
	return record.values
		.filter((v) => v.selected)
		.map((v) => {
			const principle = principles.get(v.principleKey);
			return {
				foundation: principle ? pick(principle.foundationNl, principle.foundationEn) : '',
				principle: principle ? pick(principle.nameNl, principle.nameEn) : v.principleKey,
				value: pick(v.nameNl, v.nameEn),
				description: pick(v.descriptionNl, v.descriptionEn),
				dots: dots.get(v.ref) ?? 0
			};
		});
}

/** The tensions the room named (not those the facilitator hid), by the values' names. */
export const namedTensions = ({ record, valueName }: Outcome) =>
	(record.tensions ?? [])
		.filter((t) => !t.hidden)
		.map((t) => ({ a: valueName(t.valueA), b: valueName(t.valueB), note: t.note }));

const valuesSection: ExportSection = {
	name: 'values',
	pdf: ({ outcome, t, header, none }): Content[] => {
		const chosen = chosenValues(outcome);
		return [
			{ text: t(m.export_selected_values), style: 'h2' },
			...(outcome.catalogueNote
				? [{ text: outcome.catalogueNote, style: 'small', margin: [0, 0, 0, 4] } as Content]
				: []),
			chosen.length === 0
				? none
				: {
						table: {
							headerRows: 1,
							widths: ['*', '*', '*', 40],
							body: [
								header([
									t(m.export_value),
									t(m.export_principle),
									t(m.export_foundation),
									t(m.export_dots)
								]),
								...chosen.map((v) => [
									{
										stack: [
											{ text: v.value, bold: true },
											{ text: v.description, style: 'small' }
										]
									},
									v.principle,
									v.foundation,
									{ text: String(v.dots), alignment: 'right' as const }
								])
							]
						},
						layout: 'lightHorizontalLines'
					}
		];
	},
	markdown: (outcome) => {
		const locale = outcome.language;
		const chosen = chosenValues(outcome);
		const lines = [
			...heading(m.export_selected_values({}, { locale })),
			...(outcome.catalogueNote ? [`_${e(outcome.catalogueNote)}_`, ''] : [])
		];
		if (chosen.length === 0) return [...lines, m.export_none({}, { locale }), ''];
		return [
			...lines,
			`| ${m.export_value({}, { locale })} | ${m.export_principle({}, { locale })} | ${m.export_foundation({}, { locale })} | ${m.export_dots({}, { locale })} |`,
			'| --- | --- | --- | ---: |',
			...chosen.map(
				(v) => `| ${e(v.value)} | ${e(v.principle)} | ${e(v.foundation)} | ${v.dots} |`
			),
			''
		];
	}
};

const tensionsSection: ExportSection = {
	name: 'tensions',
	pdf: ({ outcome, t, none }) => {
		const tensions = namedTensions(outcome);
		const locale = outcome.language;
		return [
			{ text: t(m.export_tensions), style: 'h2' },
			tensions.length === 0
				? none
				: {
						ul: tensions.map(
							(x) =>
								`${m.tension_versus({ a: x.a, b: x.b }, { locale })}${x.note ? `: ${x.note}` : ''}`
						)
					}
		];
	},
	markdown: (outcome) => {
		const locale = outcome.language;
		const tensions = namedTensions(outcome);
		if (tensions.length === 0)
			return heading(m.export_tensions({}, { locale }), m.export_none({}, { locale }));
		return [
			...heading(m.export_tensions({}, { locale })),
			...tensions.map(
				(x) =>
					`- ${m.tension_versus({ a: e(x.a), b: e(x.b) }, { locale })}${x.note ? `: ${e(x.note)}` : ''}`
			),
			''
		];
	}
};

export const sections = [valuesSection, tensionsSection];

export const record: RecordPart<{ votes: VoteRow[]; tensions: TensionRow[] }, ValuesRecord> = {
	shape: {
		votes: z
			.array(z.strictObject({ participant: ref, value: ref, dots: z.int().min(1).max(20) }))
			.max(100_000),
		tensions: z
			.array(
				z.strictObject({
					valueA: ref,
					valueB: ref,
					note: z.string().max(LIMITS.tensionNote),
					hidden: z.boolean(),
					addedBy: ref.nullable()
				})
			)
			.max(1000)
	},
	write: (rows, refs) => ({
		votes: stable(
			rows.votes.map((v) => ({
				participant: refs.participant(v.participantId),
				value: refs.value(v.valueId),
				dots: v.dots
			}))
		),
		tensions: rows.tensions.map((t) => ({
			valueA: refs.value(t.valueAId),
			valueB: refs.value(t.valueBId),
			note: t.note,
			hidden: t.hidden === 1,
			addedBy: refs.addedBy(t.addedBy)
		}))
	}),
	restore: (fields, ctx) => {
		const { votes = [], tensions = [] } = fields;
		const vote = statement(
			'INSERT INTO value_votes (participant_id, value_id, dots, updated_at) VALUES (?, ?, ?, ?)'
		);
		for (const v of votes)
			vote.run(ctx.resolve(v.participant), ctx.resolve(v.value), v.dots, ctx.now);
		const tension = statement(
			`INSERT INTO value_tensions (id, workshop_id, value_a_id, value_b_id, note, hidden, added_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		tensions.forEach((t, i) =>
			tension.run(
				newId(),
				ctx.workshopId,
				ctx.resolve(t.valueA),
				ctx.resolve(t.valueB),
				t.note,
				Number(t.hidden),
				ctx.resolveOrNull(t.addedBy),
				ctx.now + i
			)
		);
	}
};
