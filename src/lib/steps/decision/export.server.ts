// A decision in the exports: per decision step, the advice with its conditions and reasons, and
// the residual risks with who accepted or rejected each; the room's consent check is the consent
// kind's section, which the decision step adds after its own. Its rows in the canonical record,
// left out while there are none.
import type { Content } from 'pdfmake/interfaces';
import { z } from 'zod';
import { statement } from '$lib/server/db/statements';
import { escapeMarkdown as e, heading } from '$lib/server/export/markdown-text';
import type { Outcome } from '$lib/server/export/outcome';
import type { ExportSection } from '$lib/server/export/section';
import { newId } from '$lib/server/ids';
import type { RecordPart } from '$lib/server/read-model/record-part';
import { sections as consentSections } from '../consent/export.server';
import { ADVICES, RISK_MAX, TEXT_MAX, VERDICTS } from './schemas';
import { decisionsFrom, type DecisionRows } from './slice.server';
import type { DecisionRecord } from './state';
import { ADVICE_TEXTS, TEXTS, VERDICT_TEXTS, say } from './texts';

/** Each decision step of the record, with its title, advice and risks. */
export function decisionsOf({ record, pick }: Outcome) {
	const all = decisionsFrom({
		decisions: (record.decisions ?? []).map((d) => ({ ...d })),
		risks: (record.risks ?? []).map((r, i) => ({ ...r, id: String(i) }))
	});
	return record.steps
		.filter((s) => s.kind === 'decision')
		.map((s) => ({
			title: pick(s.titleNl, s.titleEn),
			decision: all.find((d) => d.step === s.number) ?? null
		}));
}

const section: ExportSection = {
	name: 'decision',
	pdf: ({ outcome, none }) => {
		const locale = outcome.language;
		return decisionsOf(outcome).flatMap(({ title, decision }): Content[] => [
			{ text: title, style: 'h2' },
			!decision?.advice
				? { text: say(TEXTS.none, locale), style: 'muted' }
				: {
						text: [
							{ text: `${say(TEXTS.advice, locale)}: `, bold: true },
							say(ADVICE_TEXTS[decision.advice], locale)
						]
					},
			decision?.conditions
				? {
						text: [{ text: `${say(TEXTS.conditions, locale)}: `, bold: true }, decision.conditions]
					}
				: none,
			decision?.rationale
				? { text: [{ text: `${say(TEXTS.rationale, locale)}: `, bold: true }, decision.rationale] }
				: none,
			{ text: say(TEXTS.risks, locale), style: 'h3' },
			decision && decision.risks.length > 0
				? {
						table: {
							headerRows: 1,
							widths: ['*', 120, 90],
							body: [
								[
									say(TEXTS.risk, locale),
									say(TEXTS.acceptor, locale),
									say(TEXTS.verdict, locale)
								].map((text) => ({ text, bold: true })),
								...decision.risks.map((r) => [
									r.text,
									r.acceptor || '–',
									say(VERDICT_TEXTS[r.verdict], locale)
								])
							]
						},
						layout: 'lightHorizontalLines'
					}
				: { text: say(TEXTS.noRisks, locale), style: 'muted' }
		]);
	},
	markdown: (outcome) => {
		const locale = outcome.language;
		return decisionsOf(outcome).flatMap(({ title, decision }) => [
			...heading(title),
			decision?.advice
				? `**${say(TEXTS.advice, locale)}:** ${say(ADVICE_TEXTS[decision.advice], locale)}`
				: `_${say(TEXTS.none, locale)}_`,
			...(decision?.conditions
				? ['', `**${say(TEXTS.conditions, locale)}:** ${e(decision.conditions)}`]
				: []),
			...(decision?.rationale
				? ['', `**${say(TEXTS.rationale, locale)}:** ${e(decision.rationale)}`]
				: []),
			'',
			`### ${say(TEXTS.risks, locale)}`,
			'',
			...(decision && decision.risks.length > 0
				? decision.risks.map(
						(r) =>
							`- ${e(r.text)} — ${e(r.acceptor || '–')}: ${say(VERDICT_TEXTS[r.verdict], locale)}`
					)
				: [`_${say(TEXTS.noRisks, locale)}_`]),
			''
		]);
	}
};

export const sections = [section, ...consentSections];

export const record: RecordPart<DecisionRows, DecisionRecord> = {
	shape: {
		decisions: z
			.array(
				z.strictObject({
					step: z.int().min(1).max(100),
					advice: z.enum(ADVICES).nullable(),
					conditions: z.string().max(TEXT_MAX),
					rationale: z.string().max(TEXT_MAX)
				})
			)
			.max(100)
			.optional(),
		risks: z
			.array(
				z.strictObject({
					step: z.int().min(1).max(100),
					text: z.string().max(RISK_MAX),
					acceptor: z.string().max(200),
					verdict: z.enum(VERDICTS)
				})
			)
			.max(1000)
			.optional()
	},
	write: (rows) =>
		rows.decisions.length === 0 && rows.risks.length === 0
			? {}
			: {
					decisions: rows.decisions.map((d) => ({ ...d })),
					risks: rows.risks.map(({ step, text, acceptor, verdict }) => ({
						step,
						text,
						acceptor,
						verdict
					}))
				},
	restore: (fields, ctx) => {
		const decision = statement(
			`INSERT INTO decisions (workshop_id, step, advice, conditions, rationale, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)`
		);
		for (const d of fields.decisions ?? []) {
			decision.run(ctx.workshopId, d.step, d.advice, d.conditions, d.rationale, ctx.now);
		}
		const risk = statement(
			`INSERT INTO decision_risks (id, workshop_id, step, text, acceptor, verdict, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`
		);
		(fields.risks ?? []).forEach((r, i) =>
			risk.run(newId(), ctx.workshopId, r.step, r.text, r.acceptor, r.verdict, ctx.now + i)
		);
	}
};
