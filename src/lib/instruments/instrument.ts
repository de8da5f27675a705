// An instrument as this app keeps it: a published questionnaire (the IAMA, a DPIA, DEDA, ...)
// imported from its publisher's file (src/lib/server/instruments/import-definition.ts) into parts
// and items. A part becomes a step of kind `questions`; an item is a question the room answers
// (open text, a choice, several choices, a date, or repeatable entries such as action points) or
// a notice (a text without a question; one with a condition is an alert every screen shows while
// it holds, such as "stop"). The official ids, conditions and tags of the file are kept, so the
// answers go back to the publisher's tools keyed by its own ids. Checked by zod wherever it is
// read back (the library, a workshop's copy, an archive).
import { z } from 'zod';

export const ITEM_TYPES = ['notice', 'text', 'choice', 'multi', 'date', 'entries'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** The six elements of art. 27(1) of the EU AI Act (the fundamental-rights impact assessment). */
export const ART27_ELEMENTS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type Art27Element = (typeof ART27_ELEMENTS)[number];

export const OPERATORS = ['equals', 'contains', 'any'] as const;

/** An id as publishers write them: "1.3.1", "2.2A", "5.A.grp-geschaad", "1.actiepunten.tekst". */
export const itemId = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/);

const condition = z.strictObject({
	/** The item whose agreed answer decides. */
	on: itemId,
	operator: z.enum(OPERATORS),
	value: z.union([z.string().max(500), z.boolean(), z.number()]),
	action: z.enum(['show', 'hide'])
});
export type Condition = z.infer<typeof condition>;

const option = z.strictObject({ value: z.string().max(500), label: z.string().max(500) });

const item = z.strictObject({
	id: itemId,
	/** The part (top-level task) it belongs to. */
	part: itemId,
	/** The task that holds it (the part itself, or a group within it). */
	parent: itemId,
	/** The titles of the groups between the part and this item, for context. */
	context: z
		.array(
			z.strictObject({ id: itemId, title: z.string().max(2000), html: z.string().max(40_000) })
		)
		.max(10),
	title: z.string().max(2000),
	/** Its explanation, sanitized HTML (an allow-list of tags; links only http(s) and mailto). */
	html: z.string().max(40_000),
	type: z.enum(ITEM_TYPES),
	options: z.array(option).max(200),
	/** Its options are yes and no (the file's valueType boolean). */
	boolean: z.boolean(),
	/** Its own conditions and its groups', all of which must hold for it to be asked. */
	conditions: z.array(condition).max(20),
	/** Whether the publisher numbers it officially (shown before its title). */
	official: z.boolean(),
	/** The file's tags it had (`in_fria`: one of the art. 27 AI Act questions). */
	tags: z.array(z.string().max(40)).max(10),
	art27: z.enum(ART27_ELEMENTS).nullable(),
	/** The roles at the table expected to answer it (a method's seats, by name). */
	roles: z.array(z.string().max(80)).max(10)
});
export type Item = z.infer<typeof item>;

const part = z.strictObject({
	id: itemId,
	title: z.string().max(2000),
	html: z.string().max(40_000),
	/** Only texts, nothing to answer (an introduction). */
	informational: z.boolean()
});
export type Part = z.infer<typeof part>;

export const instrumentSchema = z.strictObject({
	name: z.string().min(1).max(300),
	/** Without version, as the file says: "urn:nl:iama". */
	urn: z.string().regex(/^urn:nl:[a-z]+$/),
	version: z.string().regex(/^\d+(\.\d+){0,2}$/),
	licence: z.string().max(100),
	/** The file it came from, and its SHA-256. */
	source: z.strictObject({ file: z.string().max(300), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
	html: z.string().max(40_000),
	parts: z.array(part).min(1).max(40),
	items: z.array(item).min(1).max(2000)
});
export type Instrument = z.infer<typeof instrumentSchema>;

/** "urn:nl:iama:2.0", as the publisher's output format names the definition. */
export function versionedUrn(instrument: Pick<Instrument, 'urn' | 'version'>): string {
	const [major = '0', minor = '0'] = instrument.version.split('.');
	return `${instrument.urn}:${major}.${minor}`;
}

/** An agreed answer: text, a choice's value, several values, a date, or entries. */
export type AnswerValue = string | string[] | null;

/**
 * The value as an item keeps it, or undefined when it does not fit the item: text for a text,
 * entries or date item (a date as YYYY-MM-DD), one of its options for a choice, some of them for a
 * multiple choice (each once). An empty answer is null. The facilitator's agreed answer and a
 * file read back from the publisher's tool are checked by this one rule.
 */
export function fittingValue(item: Item, value: AnswerValue): AnswerValue | undefined {
	if (value === null || item.type === 'notice') return null;
	const options = new Set(item.options.map((o) => o.value));
	switch (item.type) {
		case 'choice':
			if (typeof value !== 'string' || (value !== '' && !options.has(value))) return undefined;
			return value || null;
		case 'multi':
			if (!Array.isArray(value) || value.some((v) => !options.has(v))) return undefined;
			return [...new Set(value)];
		case 'date':
			if (typeof value !== 'string' || (value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value))) {
				return undefined;
			}
			return value || null;
		case 'text':
		case 'entries':
			return typeof value === 'string' ? value || null : undefined;
	}
}
