// A questions step in the exports: per part of the instrument, every question with its status, the
// agreed answer, the main considerations, a dissent, what waits for research and the action points
// (without the drafts' authors); and the instrument with all that was said of it in the canonical
// record, so an archive restores it whole. Left out of the record without an instrument, so other
// workshops keep their fingerprints.
import type { Content } from 'pdfmake/interfaces';
import { z } from 'zod';
import { askedItems, activeAlerts, itemStatus } from '$lib/instruments/conditions';
import { instrumentSchema, itemId, type AnswerValue, type Item } from '$lib/instruments/instrument';
import { formatDate } from '$lib/format';
import { ref } from '$lib/schemas/record';
import { statement } from '$lib/server/db/statements';
import { escapeMarkdown as e, heading } from '$lib/server/export/markdown-text';
import type { Outcome } from '$lib/server/export/outcome';
import type { ExportSection } from '$lib/server/export/section';
import type { RecordPart } from '$lib/server/read-model/record-part';
import { seedInstrument } from '$lib/server/workshops/instrument';
import { isClosed } from '$lib/vocabulary';
import { ANSWER_MAX, CONSIDERATIONS_MAX, DISSENT_MAX, DRAFT_MAX } from './schemas';
import type { SliceRows } from './slice.server';
import type { InstrumentRecord, ItemStatus, QuestionsRecord } from './state';
import { STATUS_TEXTS, TEXTS, say, valueText } from './texts';

/** The answer as text: a choice by its label, several by theirs, a date as the language writes it. */
export function answerText(item: Item, value: AnswerValue, locale: 'nl' | 'en'): string {
	if (item.type === 'date' && typeof value === 'string') return formatDate(value, locale);
	return valueText(item, value);
}

export interface ItemOutcome {
	item: Item;
	status: ItemStatus;
	answer: string;
	considerations: string;
	dissent: string;
	research: { text: string; owner: string; dueOn: string | null; done: boolean }[];
	entries: { text: string; owner: string; dueOn: string | null }[];
}

/** Each part walked, with its items as the record has them; the alerts that hold. */
export function instrumentOutcome({ record, language }: Outcome) {
	const data = record.instrument;
	if (!data) return null;
	const { definition } = data;
	const answers = new Map(data.answers.map((a) => [a.item, a]));
	const asked = askedItems(definition.items, new Map(data.answers.map((a) => [a.item, a.value])));
	const cards = new Map(record.cards.map((k) => [k.ref, k.text]));
	const commitments = new Map(
		record.commitments.map((c) => [c.card, { ...c, text: cards.get(c.card) ?? '' }])
	);
	const linked = (item: string, role: 'research' | 'entry') =>
		data.links
			.filter((l) => l.item === item && l.role === role)
			.flatMap((l) => {
				const c = commitments.get(l.card);
				return c
					? [{ text: c.text, owner: c.owner, dueOn: c.dueOn, done: isClosed(c.status) }]
					: [];
			});
	const outcomeOf = (item: Item): ItemOutcome => {
		const answer = answers.get(item.id);
		const research = linked(item.id, 'research');
		const entries = linked(item.id, 'entry');
		return {
			item,
			status: itemStatus(item, {
				asked: asked.get(item.id) ?? true,
				waiting: research.some((r) => !r.done),
				entries: entries.length,
				value: answer?.value
			}),
			answer: answer ? answerText(item, answer.value, language) : '',
			considerations: answer?.considerations ?? '',
			dissent: answer?.dissent ?? '',
			research,
			entries
		};
	};
	// Each item's outcome once; the parts list their questions' in the file's order.
	const items = new Map(definition.items.map((i) => [i.id, outcomeOf(i)]));
	const parts = data.parts.map(({ step, part }) => ({
		step,
		part: definition.parts.find((p) => p.id === part)!,
		items: definition.items
			.filter((i) => i.part === part && i.type !== 'notice')
			.map((i) => items.get(i.id)!)
	}));
	return { definition, parts, alerts: activeAlerts(definition.items, asked), items };
}

const label = (item: Item) => (item.official ? `${item.id} ${item.title}` : item.title);
const provenance = (d: InstrumentRecord['definition']) =>
	`${d.name}, ${d.version} (${d.urn}${d.licence ? `, ${d.licence}` : ''}; ${d.source.file}, SHA-256 ${d.source.sha256.slice(0, 16)}…)`;

function lines(o: ItemOutcome, locale: 'nl' | 'en'): [string, string][] {
	const due = (d: string | null) =>
		d ? ` (${say(TEXTS.due, locale)} ${formatDate(d, locale)})` : '';
	return [
		...(o.answer ? ([[say(TEXTS.agreed, locale), o.answer]] as [string, string][]) : []),
		...(o.considerations
			? ([[say(TEXTS.considerations, locale), o.considerations]] as [string, string][])
			: []),
		...(o.dissent ? ([[say(TEXTS.dissent, locale), o.dissent]] as [string, string][]) : []),
		...o.research.map((r): [string, string] => [
			say(TEXTS.research, locale),
			`${r.text} — ${r.owner}${due(r.dueOn)}`
		]),
		...o.entries.map((r): [string, string] => [
			say(TEXTS.entries, locale),
			`${r.text}${r.owner ? ` — ${r.owner}` : ''}${due(r.dueOn)}`
		])
	];
}

const section: ExportSection = {
	name: 'questions',
	pdf: ({ outcome }) => {
		const data = instrumentOutcome(outcome);
		const locale = outcome.language;
		if (!data) return [];
		return [
			{ text: data.definition.name, style: 'h2' },
			{ text: provenance(data.definition), style: 'muted', margin: [0, 0, 0, 6] },
			...data.alerts.map((a): Content => ({
				text: `${say(TEXTS.alert, locale)}: ${a.title}`,
				bold: true,
				margin: [0, 0, 0, 6]
			})),
			...data.parts.flatMap(({ part, items }): Content[] => [
				{ text: part.title, style: 'h3' },
				...items.flatMap((o): Content[] => [
					{
						text: [
							{ text: label(o.item), bold: true },
							{ text: `  ${say(STATUS_TEXTS[o.status], locale)}`, color: '#555555' }
						],
						margin: [0, 4, 0, 2]
					},
					...lines(o, locale).map(([name, text]): Content => ({
						text: [{ text: `${name}: `, italics: true }, text],
						margin: [10, 0, 0, 2]
					}))
				])
			])
		];
	},
	markdown: (outcome) => {
		const data = instrumentOutcome(outcome);
		const locale = outcome.language;
		if (!data) return [];
		return [
			...heading(data.definition.name),
			`_${e(provenance(data.definition))}_`,
			'',
			...data.alerts.flatMap((a) => [`**${say(TEXTS.alert, locale)}: ${e(a.title)}**`, '']),
			...data.parts.flatMap(({ part, items }) => [
				`### ${e(part.title)}`,
				'',
				...items.flatMap((o) => [
					`- **${e(label(o.item))}** (${say(STATUS_TEXTS[o.status], locale)})`,
					...lines(o, locale).map(([name, text]) => `  - _${name}_: ${e(text)}`)
				]),
				''
			])
		];
	}
};

export const sections = [section];

const recordShape = z.strictObject({
	definition: instrumentSchema,
	parts: z.array(z.strictObject({ step: z.int().min(1).max(100), part: itemId })).max(40),
	answers: z
		.array(
			z.strictObject({
				item: itemId,
				value: z.union([
					z.string().max(ANSWER_MAX),
					z.array(z.string().max(500)).max(200),
					z.null()
				]),
				considerations: z.string().max(CONSIDERATIONS_MAX),
				dissent: z.string().max(DISSENT_MAX),
				updatedAt: z.int().min(0)
			})
		)
		.max(2000),
	drafts: z
		.array(
			z.strictObject({
				participant: ref,
				item: itemId,
				text: z.string().max(DRAFT_MAX),
				choice: z.array(z.string().max(500)).max(200)
			})
		)
		.max(100_000),
	links: z
		.array(z.strictObject({ item: itemId, card: ref, role: z.enum(['research', 'entry']) }))
		.max(5000),
	sessions: z
		.array(
			z.strictObject({
				number: z.int().min(1).max(100),
				startedAt: z.int(),
				endedAt: z.int().nullable()
			})
		)
		.max(100)
});

type Rows = SliceRows | null;

export const record: RecordPart<Rows, QuestionsRecord> = {
	shape: { instrument: recordShape.optional() as z.ZodType<InstrumentRecord | undefined> },
	write: (rows, refs) => {
		if (!rows) return {};
		return {
			instrument: {
				definition: rows.instrument.instrument,
				parts: [...rows.instrument.partOf].map(([step, part]) => ({ step, part })),
				answers: rows.answers.map((a) => ({
					item: a.item,
					value: JSON.parse(a.value) as AnswerValue,
					considerations: a.considerations,
					dissent: a.dissent,
					updatedAt: a.updatedAt
				})),
				drafts: rows.drafts.map((d) => ({
					participant: refs.participant(d.participantId),
					item: d.item,
					text: d.text,
					choice: JSON.parse(d.choice) as string[]
				})),
				links: rows.links.map((l) => ({ item: l.item, card: refs.card(l.actionId), role: l.role })),
				sessions: rows.sessions
			}
		};
	},
	restore: (fields, ctx) => {
		const data = fields.instrument;
		if (!data) return;
		seedInstrument(ctx.workshopId, data.definition, data.parts);
		const answer = statement(
			`INSERT INTO question_answers (workshop_id, item_id, value, considerations, dissent, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)`
		);
		for (const a of data.answers) {
			answer.run(
				ctx.workshopId,
				a.item,
				JSON.stringify(a.value),
				a.considerations,
				a.dissent,
				a.updatedAt
			);
		}
		const draft = statement(
			`INSERT INTO question_drafts (participant_id, workshop_id, item_id, text, choice, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)`
		);
		for (const d of data.drafts) {
			draft.run(
				ctx.resolve(d.participant),
				ctx.workshopId,
				d.item,
				d.text,
				JSON.stringify(d.choice),
				ctx.now
			);
		}
		const link = statement(
			`INSERT INTO question_links (commitment_id, workshop_id, item_id, role, created_at)
			SELECT id, ?, ?, ?, ? FROM commitments WHERE action_id = ?`
		);
		data.links.forEach((l, i) =>
			link.run(ctx.workshopId, l.item, l.role, ctx.now + i, ctx.resolve(l.card))
		);
		const session = statement(
			'INSERT INTO instrument_sessions (workshop_id, number, started_at, ended_at) VALUES (?, ?, ?, ?)'
		);
		for (const s of data.sessions) session.run(ctx.workshopId, s.number, s.startedAt, s.endedAt);
	}
};
