// The rating step in the exports: the necessity × importance matrix as a drawn figure with its
// table, and its rows in the canonical record (each rating by reference).
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { formatScore } from '$lib/format';
import { ref } from '$lib/schemas/record';
import { escapeMarkdown as e, heading } from '$lib/server/export/markdown-text';
import type { Outcome } from '$lib/server/export/outcome';
import { escapeXml, PRIMARY } from '$lib/server/export/pdf-style';
import type { ExportSection } from '$lib/server/export/section';
import { statement } from '$lib/server/db/statements';
import { stable, type RecordPart } from '$lib/server/read-model/record-part';
import { matrixGeometry, placeInMatrix } from '$lib/workshop/matrix';
import { orderByPriority, summarizeRatings } from '$lib/workshop/ratings';
import type { RatingRow } from './slice.server';
import type { RatingRecord } from './state';

/** Visible, unmerged actions with their rating summary, most necessary and important first. */
export function rankedActions({ record, valueName }: Outcome) {
	const cards = new Map(record.cards.map((c) => [c.ref, c]));
	const ratings = record.ratings ?? [];
	const visible = record.cards.filter((c) => c.kind === 'action' && !c.hidden && !c.mergedInto);
	return orderByPriority(
		visible.map((c) =>
			summarizeRatings(
				c.ref,
				ratings.filter((r) => r.card === c.ref)
			)
		)
	).map((summary) => {
		const card = cards.get(summary.actionId)!;
		return {
			text: card.text,
			selected: card.selected,
			summary,
			values: card.values.map(valueName)
		};
	});
}

/** The 2×2 matrix as SVG: one numbered circle per action at its means; size shows disagreement. */
function matrixSvg(outcome: Outcome, accent = PRIMARY): string {
	const locale = outcome.language;
	const actions = rankedActions(outcome);
	const plot = matrixGeometry({ left: 50, top: 30, size: 300 });
	const places = placeInMatrix(
		actions.map((a) => a.summary),
		plot,
		15
	);
	const label = (text: string, tx: number, ty: number, anchor: string, extra = '') =>
		`<text x="${tx}" y="${ty}" text-anchor="${anchor}" font-family="Roboto" font-size="11" fill="#4a4a4a" ${extra}>${escapeXml(text)}</text>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="380" height="370" viewBox="0 0 380 370">
<rect x="50" y="30" width="300" height="300" fill="#ffffff" stroke="#8a8a8a"/>
<rect x="${plot.middle.x}" y="30" width="150" height="150" fill="#e6f2e8"/>
<line x1="${plot.middle.x}" y1="30" x2="${plot.middle.x}" y2="330" stroke="#8a8a8a" stroke-dasharray="4 4"/>
<line x1="50" y1="${plot.middle.y}" x2="350" y2="${plot.middle.y}" stroke="#8a8a8a" stroke-dasharray="4 4"/>
${label(m.matrix_do_first({}, { locale }), 350, 22, 'end')}
${label(m.matrix_important({}, { locale }), 50, 22, 'start')}
${label(m.matrix_necessary({}, { locale }), 350, 345, 'end')}
${label(m.matrix_later({}, { locale }), 50, 345, 'start')}
<text x="200" y="364" text-anchor="middle" font-family="Roboto" font-size="12" font-weight="bold" fill="#1a1a1a">${escapeXml(m.rate_necessity({}, { locale }))} (1–5)</text>
<text x="18" y="180" text-anchor="middle" font-family="Roboto" font-size="12" font-weight="bold" fill="#1a1a1a" transform="rotate(-90 18 180)">${escapeXml(m.rate_importance({}, { locale }))} (1–5)</text>
${actions
	.map((a, i) => ({ a, i, place: places[i]! }))
	.filter(({ a }) => a.summary.count > 0)
	.map(({ a, i, place }) => {
		const r = plot.radius(a.summary);
		const cx = place.x.toFixed(1);
		const cy = place.y;
		return `<circle cx="${cx}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="${accent}" fill-opacity="0.15" stroke="${accent}"/><text x="${cx}" y="${(cy + 4).toFixed(1)}" text-anchor="middle" font-family="Roboto" font-size="11" font-weight="bold" fill="${accent}">${i + 1}</text>`;
	})
	.join('\n')}
</svg>`;
}

const matrix: ExportSection = {
	name: 'matrix',
	pdf: (build) => {
		const { outcome, t, header, none, score } = build;
		const actions = rankedActions(outcome);
		return [
			{ text: t(m.export_matrix), style: 'h2', pageBreak: 'before' },
			actions.length === 0
				? none
				: {
						stack: [
							{
								svg: matrixSvg(outcome, build.options.look?.accent),
								width: 300,
								alignment: 'center',
								margin: [0, 0, 0, 10]
							},
							{
								table: {
									headerRows: 1,
									dontBreakRows: true,
									widths: [18, '*', 62, 62, 70],
									body: [
										header([
											'#',
											t(m.matrix_table_action),
											t(m.rate_necessity),
											t(m.rate_importance),
											t(m.matrix_table_ratings)
										]),
										...actions.map((a, i) => [
											String(i + 1),
											a.selected
												? { text: [a.text, { text: ` ${t(m.export_chosen)}`, bold: true }] }
												: a.text,
											`${score(a.summary.necessity.mean)} ± ${score(a.summary.necessity.sd)}`,
											`${score(a.summary.importance.mean)} ± ${score(a.summary.importance.sd)}`,
											{ text: String(a.summary.count), alignment: 'right' as const }
										])
									]
								},
								layout: 'lightHorizontalLines'
							}
						]
					}
		];
	},
	markdown: (outcome) => {
		const locale = outcome.language;
		const score = (n: number) => formatScore(n, locale);
		const actions = rankedActions(outcome);
		if (actions.length === 0)
			return heading(m.export_matrix({}, { locale }), m.export_none({}, { locale }));
		return [
			...heading(m.export_matrix({}, { locale })),
			`| # | ${m.matrix_table_action({}, { locale })} | ${m.rate_necessity({}, { locale })} | ${m.rate_importance({}, { locale })} | ${m.matrix_table_ratings({}, { locale })} |`,
			'| ---: | --- | ---: | ---: | ---: |',
			...actions.map(
				(a, i) =>
					`| ${i + 1} | ${e(a.text)}${a.selected ? ` ${m.export_chosen({}, { locale })}` : ''} | ${score(a.summary.necessity.mean)} ± ${score(a.summary.necessity.sd)} | ${score(a.summary.importance.mean)} ± ${score(a.summary.importance.sd)} | ${a.summary.count} |`
			),
			''
		];
	}
};

export const sections = [matrix];

const score = z.int().min(1).max(5);

export const record: RecordPart<{ ratings: RatingRow[] }, RatingRecord> = {
	shape: {
		ratings: z
			.array(z.strictObject({ participant: ref, card: ref, necessity: score, importance: score }))
			.max(200_000)
	},
	write: (rows, refs) => ({
		ratings: stable(
			rows.ratings.map((r) => ({
				participant: refs.participant(r.participantId),
				card: refs.card(r.actionId),
				necessity: r.necessity,
				importance: r.importance
			}))
		)
	}),
	restore: (fields, ctx) => {
		const insert = statement(
			'INSERT INTO action_ratings (participant_id, action_id, necessity, importance, updated_at) VALUES (?, ?, ?, ?, ?)'
		);
		for (const r of fields.ratings ?? []) {
			insert.run(
				ctx.resolve(r.participant),
				ctx.resolve(r.card),
				r.necessity,
				r.importance,
				ctx.now
			);
		}
	}
};
