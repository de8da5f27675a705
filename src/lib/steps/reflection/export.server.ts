// The reflection in the exports: per principle the mean score, how many answered and the comments;
// and its rows in the canonical record.
import { z } from 'zod';
import { LIMITS } from '$lib/limits';
import { m } from '$lib/paraglide/messages';
import { formatScore } from '$lib/format';
import { ref } from '$lib/schemas/record';
import { statement } from '$lib/server/db/statements';
import { escapeMarkdown as e, heading } from '$lib/server/export/markdown-text';
import type { Outcome } from '$lib/server/export/outcome';
import type { ExportSection } from '$lib/server/export/section';
import { stable, type RecordPart } from '$lib/server/read-model/record-part';
import type { ReflectionRow } from './slice.server';
import type { ReflectionRecord } from './state';

/** Per principle of the catalogue that anyone scored: the mean, how many, and the comments. */
function reflectionOf({ record, pick }: Outcome) {
	const answers = record.reflections ?? [];
	return record.principles
		.map((p) => {
			const mine = answers.filter((r) => r.principleKey === p.key);
			return {
				principle: pick(p.nameNl, p.nameEn),
				count: mine.length,
				mean: mine.length ? mine.reduce((s, r) => s + r.score, 0) / mine.length : 0,
				comments: mine.map((r) => r.comment).filter(Boolean)
			};
		})
		.filter((r) => r.count > 0);
}

const reflection: ExportSection = {
	name: 'reflection',
	pdf: ({ outcome, t, header, none, score }) => {
		const rows = reflectionOf(outcome);
		return [
			{ text: t(m.export_reflection), style: 'h2' },
			rows.length === 0
				? none
				: {
						table: {
							headerRows: 1,
							dontBreakRows: true,
							widths: [110, 95, 70, '*'],
							body: [
								header([
									t(m.export_principle),
									t(m.export_average),
									t(m.export_answers),
									t(m.export_comments)
								]),
								...rows.map((r) => [
									r.principle,
									score(r.mean),
									String(r.count),
									{ ul: r.comments.length ? r.comments : ['–'] }
								])
							]
						},
						layout: 'lightHorizontalLines',
						style: 'table'
					}
		];
	},
	markdown: (outcome) => {
		const locale = outcome.language;
		const rows = reflectionOf(outcome);
		if (rows.length === 0)
			return heading(m.export_reflection({}, { locale }), m.export_none({}, { locale }));
		return [
			...heading(m.export_reflection({}, { locale })),
			...rows.flatMap((r) => [
				`- **${e(r.principle)}**: ${m.reflection_summary({ mean: formatScore(r.mean, locale), count: r.count }, { locale })}`,
				...r.comments.map((c) => `  - ${e(c)}`)
			]),
			''
		];
	}
};

export const sections = [reflection];

export const record: RecordPart<{ reflections: ReflectionRow[] }, ReflectionRecord> = {
	shape: {
		reflections: z
			.array(
				z.strictObject({
					participant: ref,
					principleKey: z.string().max(64),
					score: z.int().min(1).max(5),
					comment: z.string().max(LIMITS.reflectionComment)
				})
			)
			.max(100_000)
	},
	write: (rows, refs) => ({
		reflections: stable(
			rows.reflections.map((r) => ({
				participant: refs.participant(r.participantId),
				principleKey: r.principleKey,
				score: r.score,
				comment: r.comment
			}))
		)
	}),
	restore: (fields, ctx) => {
		const insert = statement(
			'INSERT INTO reflections (participant_id, principle_key, score, comment, updated_at) VALUES (?, ?, ?, ?, ?)'
		);
		for (const r of fields.reflections ?? []) {
			insert.run(ctx.resolve(r.participant), r.principleKey, r.score, r.comment, ctx.now);
		}
	}
};
