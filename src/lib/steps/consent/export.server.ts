// A consent check in the exports: per consent step, the proposal, how many agreed, could live with
// it or objected, and the reasons (without names); and its rows in the canonical record, left out
// while there are none (so a workshop without a consent step keeps its fingerprint).
import type { Content } from 'pdfmake/interfaces';
import { z } from 'zod';
import { ref } from '$lib/schemas/record';
import { statement } from '$lib/server/db/statements';
import { escapeMarkdown as e, heading } from '$lib/server/export/markdown-text';
import type { Outcome } from '$lib/server/export/outcome';
import type { ExportSection } from '$lib/server/export/section';
import { stable, type RecordPart } from '$lib/server/read-model/record-part';
import { POSITIONS, REASON_MAX } from './schemas';
import type { ConsentRow } from './slice.server';
import type { ConsentRecord } from './state';
import { POSITION_TEXTS, TEXTS, people, say } from '../shared/consent-texts';

/** Each consent step of the record, with its answers counted and its reasons. */
function consentsOf({ record, pick }: Outcome) {
	const answers = record.consents ?? [];
	return record.steps
		.filter((step) => step.kind === 'consent')
		.map((step) => {
			const mine = answers.filter((a) => a.step === step.number);
			return {
				title: pick(step.titleNl, step.titleEn),
				proposal: pick(step.questionNl, step.questionEn),
				counts: POSITIONS.map((position) => ({
					position,
					count: mine.filter((a) => a.position === position).length
				})),
				reasons: mine.filter((a) => a.reason).map((a) => ({ position: a.position, text: a.reason }))
			};
		});
}

const section: ExportSection = {
	name: 'consent',
	pdf: ({ outcome, none }) => {
		const locale = outcome.language;
		return [
			{ text: say(TEXTS.heading, locale), style: 'h2' },
			...consentsOf(outcome).flatMap((consent): Content[] => [
				{ text: consent.title, style: 'h3' },
				{ text: consent.proposal, margin: [0, 0, 0, 4] },
				{
					table: {
						widths: ['*', 90],
						body: consent.counts.map(({ position, count }) => [
							say(POSITION_TEXTS[position], locale),
							{ text: people(count, locale), alignment: 'right' as const }
						])
					},
					layout: 'lightHorizontalLines',
					margin: [0, 0, 0, 4]
				},
				consent.reasons.length === 0
					? none
					: {
							ul: consent.reasons.map(
								(r) => `${say(POSITION_TEXTS[r.position], locale)}: ${r.text}`
							)
						}
			])
		];
	},
	markdown: (outcome) => {
		const locale = outcome.language;
		return [
			...heading(say(TEXTS.heading, locale)),
			...consentsOf(outcome).flatMap((consent) => [
				`### ${e(consent.title)}`,
				'',
				e(consent.proposal),
				'',
				...consent.counts.map(
					({ position, count }) =>
						`- ${say(POSITION_TEXTS[position], locale)}: ${people(count, locale)}`
				),
				...consent.reasons.map(
					(r) => `  - ${say(POSITION_TEXTS[r.position], locale)}: ${e(r.text)}`
				),
				''
			])
		];
	}
};

export const sections = [section];

export const record: RecordPart<{ answers: ConsentRow[] }, ConsentRecord> = {
	shape: {
		consents: z
			.array(
				z.strictObject({
					participant: ref,
					step: z.int().min(1).max(100),
					position: z.enum(POSITIONS),
					reason: z.string().max(REASON_MAX)
				})
			)
			.max(100_000)
	},
	write: (rows, refs) =>
		(rows.answers.length === 0
			? {}
			: {
					consents: stable(
						rows.answers.map((a) => ({
							participant: refs.participant(a.participantId),
							step: a.step,
							position: a.position,
							reason: a.reason
						}))
					)
				}) as ConsentRecord,
	restore: (fields, ctx) => {
		const insert = statement(
			`INSERT INTO consent_answers (participant_id, step, position, reason, updated_at)
			VALUES (?, ?, ?, ?, ?)`
		);
		for (const a of fields.consents ?? []) {
			insert.run(ctx.resolve(a.participant), a.step, a.position, a.reason, ctx.now);
		}
	}
};
