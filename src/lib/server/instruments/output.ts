// The answers handed back in the publisher's own format, assessment-output v2 (MinBZK/
// par-dpia-form, schemas/assessment-output.v2.schema.json), so the team opens them in the
// ministry's tool: keyed by the instrument's own ids, a repeatable item's entries as `id[n]`
// (as that tool writes them), only what is asked (a skipped item's answer stays out, as that tool
// leaves hidden answers out), text answers carrying the main considerations and a dissent under
// their own headings (the format has no field for them). And back: a file in that format read
// into a workshop of the same instrument, each answer checked against its item.
import { z } from 'zod';
import { askedItems } from '$lib/instruments/conditions';
import {
	fittingValue,
	versionedUrn,
	type AnswerValue,
	type Item
} from '$lib/instruments/instrument';
import type { InstrumentRecord } from '$lib/steps/questions/state';
import type { Language } from '$lib/language';

export const OUTPUT_SCHEMA_URL =
	'https://github.com/MinBZK/par-dpia-form/blob/main/schemas/assessment-output.v2.schema.json';

const HEADINGS: Record<'considerations' | 'dissent', Record<Language, string>> = {
	considerations: { nl: 'Belangrijkste overwegingen', en: 'Main considerations' },
	dissent: { nl: 'Afwijkend standpunt', en: 'Minority view' }
};
const marker = (name: keyof typeof HEADINGS, locale: Language) =>
	`\n\n— ${HEADINGS[name][locale]}:\n`;

interface OutputAnswer {
	value: string | string[] | null;
	lastEditedAt: string;
	lastEditedBy?: string;
}

export interface AssessmentOutput {
	$schema: typeof OUTPUT_SCHEMA_URL;
	metadata: {
		urn: string;
		createdAt: string;
		createdBy?: { name: string };
		completedTasks?: string[];
	};
	answers: Record<string, OutputAnswer>;
}

/** Entries of a repeatable item, as the record's commitments have them. */
type Entries = Map<string, { text: string; owner: string; dueOn: string | null }[]>;

export function assessmentOutput(
	data: InstrumentRecord,
	entries: Entries,
	options: { now: Date; by: string; locale: Language }
): AssessmentOutput {
	const { definition } = data;
	const values = new Map(data.answers.map((a) => [a.item, a.value]));
	const asked = askedItems(definition.items, values);
	const at = (ms: number | undefined) => new Date(ms ?? options.now.getTime()).toISOString();
	const answers: Record<string, OutputAnswer> = {};
	for (const item of definition.items) {
		if (!asked.get(item.id) || item.type === 'notice') continue;
		if (item.type === 'entries') {
			(entries.get(item.id) ?? []).forEach((entry, i) => {
				const who = [entry.owner, entry.dueOn].filter(Boolean).join(', ');
				answers[`${item.id}[${i}]`] = {
					value: who ? `${entry.text} (${who})` : entry.text,
					lastEditedAt: at(undefined),
					lastEditedBy: options.by
				};
			});
			continue;
		}
		const answer = data.answers.find((a) => a.item === item.id);
		if (!answer || answer.value === null) continue;
		let value: string | string[] = answer.value;
		if (item.type === 'text' && typeof value === 'string') {
			if (answer.considerations)
				value += marker('considerations', options.locale) + answer.considerations;
			if (answer.dissent) value += marker('dissent', options.locale) + answer.dissent;
		}
		answers[item.id] = { value, lastEditedAt: at(answer.updatedAt), lastEditedBy: options.by };
	}
	// A part counts as completed when every question in it is answered or skipped.
	const completed = definition.parts
		.filter((p) => /^[0-9]+$/.test(p.id))
		.filter((p) =>
			definition.items
				.filter((i) => i.part === p.id && i.type !== 'notice' && asked.get(i.id))
				.every((i) => (i.type === 'entries' ? entries.has(i.id) : values.get(i.id) != null))
		)
		.map((p) => p.id);
	return {
		$schema: OUTPUT_SCHEMA_URL,
		metadata: {
			urn: versionedUrn(definition),
			createdAt: options.now.toISOString(),
			createdBy: { name: options.by },
			...(completed.length > 0 ? { completedTasks: completed } : {})
		},
		answers
	};
}

const answerSchema = z.looseObject({
	value: z.union([z.string().max(20_000), z.array(z.string().max(500)).max(200), z.null()])
});
const groupSchema = z.array(z.looseObject({ _index: z.int().min(0).max(1000) })).max(1000);

export const outputFileSchema = z.looseObject({
	$schema: z.literal(OUTPUT_SCHEMA_URL),
	metadata: z.looseObject({ urn: z.string().regex(/^urn:nl:[a-z]+:[0-9]+\.[0-9]+$/) }),
	answers: z.record(
		z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,63}(\[[0-9]{1,4}\])?$/),
		z.union([answerSchema, groupSchema])
	)
});

export interface ReadAnswer {
	item: string;
	value: AnswerValue;
	considerations: string;
	dissent: string;
}

export type ReadOutput =
	| {
			ok: true;
			answers: ReadAnswer[];
			entries: { item: string; text: string }[];
			ignored: string[];
	  }
	| {
			ok: false;
			error: 'output_not_json' | 'output_invalid' | 'output_other_instrument';
			detail: string;
	  };

/** Splits a text answer into the answer, the considerations and the dissent it carries. */
function split(text: string): { value: string; considerations: string; dissent: string } {
	const find = (name: keyof typeof HEADINGS) =>
		(['nl', 'en'] as const).map((l) => marker(name, l)).find((m) => text.includes(m));
	const d = find('dissent');
	const [beforeDissent, dissent = ''] = d ? text.split(d) : [text];
	const c = find('considerations');
	const [value, considerations = ''] = c ? beforeDissent!.split(c) : [beforeDissent!];
	return { value: value!.trim(), considerations: considerations.trim(), dissent: dissent.trim() };
}

/** A file in the output format as answers to this instrument's items, or why not. */
export function readOutput(
	text: string,
	instrument: { urn: string; version: string; items: Item[] }
): ReadOutput {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'output_not_json', detail: '' };
	}
	const parsed = outputFileSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return {
			ok: false,
			error: 'output_invalid',
			detail: `${issue.path.join('.')}: ${issue.message}`
		};
	}
	const urn = parsed.data.metadata.urn;
	if (urn !== versionedUrn(instrument)) {
		return { ok: false, error: 'output_other_instrument', detail: urn };
	}
	const byId = new Map(instrument.items.map((i) => [i.id, i]));
	const answers: ReadAnswer[] = [];
	const entries: { item: string; text: string }[] = [];
	const ignored: string[] = [];
	for (const [key, raw] of Object.entries(parsed.data.answers)) {
		const indexed = /^(.+)\[(\d+)\]$/.exec(key);
		const item = byId.get(indexed ? indexed[1]! : key);
		if (!item || Array.isArray(raw)) {
			ignored.push(key);
			continue;
		}
		const value = raw.value;
		if (indexed) {
			if (item.type === 'entries' && typeof value === 'string' && value.trim()) {
				entries.push({ item: item.id, text: value.trim().slice(0, 300) });
			} else ignored.push(key);
			continue;
		}
		const fitting = item.type === 'entries' ? undefined : fittingValue(item, value);
		if (item.type === 'text' && typeof value === 'string') {
			answers.push({ item: item.id, ...split(value) });
		} else if (fitting) {
			answers.push({ item: item.id, value: fitting, considerations: '', dissent: '' });
		} else ignored.push(key);
	}
	return { ok: true, answers, entries, ignored };
}
