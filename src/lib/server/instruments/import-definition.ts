// The importer of the assessment-definition v2 format (MinBZK/par-dpia-form's
// schemas/assessment-definition.v2.schema.json, the format of the ministry's IAMA, DPIA and
// pre-scan files): a YAML or JSON file becomes an instrument of this app. Parts (the top-level
// tasks) become steps, task types answer types, dependencies conditions; the file's ids, its
// `in_fria` tags, name, URN and version are kept. Everything is checked on the way in, and a file
// that fails gets one clear reason that names the task: too large, too deep, not YAML or JSON,
// not the format, an unknown or unsupported task type, a duplicate id, a condition on an id that
// does not exist, a loop of conditions, or markup that the allow-list exists to stop. Nothing is
// stored here; the caller saves what this returns.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ART27_BY_URN } from '$lib/instruments/art27';
import {
	instrumentSchema,
	type Art27Element,
	type Condition,
	type Instrument,
	type Item,
	type ItemType
} from '$lib/instruments/instrument';
import { isHostile, safeHtml } from './sanitize';

// Below the 256 KB every form may send (src/lib/server/body-limits.js), so a too-large file gets this
// clear message; the published files are 40–70 KB.
export const MAX_INSTRUMENT_BYTES = 200 * 1024;
const MAX_DEPTH = 8;
const MAX_TASKS = 2000;

export type ImportError =
	| 'instrument_too_large'
	| 'instrument_not_parsed'
	| 'instrument_invalid'
	| 'instrument_too_deep'
	| 'instrument_unknown_type'
	| 'instrument_unsupported'
	| 'instrument_duplicate_id'
	| 'instrument_condition_unknown'
	| 'instrument_condition_loop'
	| 'instrument_hostile_html';

export type Imported =
	{ ok: true; instrument: Instrument } | { ok: false; error: ImportError; detail: string };

class Refused extends Error {
	constructor(
		readonly code: ImportError,
		readonly detail: string
	) {
		super(`${code}: ${detail}`);
	}
}

const TASK_TYPES = [
	'text_input',
	'open_text',
	'select_option',
	'multiselect_scrollable',
	'checkbox_option',
	'radio_option',
	'task_group',
	'informational',
	'date',
	'image'
] as const;

interface TaskFile {
	task: string;
	id: string;
	description?: string | null;
	type: string[];
	repeatable: boolean;
	is_official_id?: boolean;
	options?: { value: string | boolean | null; label?: string }[];
	valueType?: string;
	dependencies?: {
		type?: string;
		condition?: { id?: string; operator?: string; value?: string | boolean | number | null };
		action?: string;
	}[];
	in_fria?: boolean;
	art27?: Art27Element;
	roles?: string[];
	tasks?: TaskFile[];
}

// The format's own fields that this app reads (others, such as `references`, `sources` or
// `calculation`, are allowed and left aside: loose objects).
const task: z.ZodType<TaskFile> = z.lazy(() =>
	z.looseObject({
		task: z.string().max(2000),
		id: z.string().regex(/^[0-9]+(\.[0-9A-Za-z_-]+)*$/, { error: 'not an id of the format' }),
		description: z.string().max(40_000).nullish(),
		type: z.array(z.string().max(40)).min(1).max(4),
		repeatable: z.boolean(),
		is_official_id: z.boolean().optional(),
		options: z
			.array(
				z.looseObject({
					value: z.union([z.string().max(500), z.boolean(), z.null()]),
					label: z.string().max(500).optional()
				})
			)
			.max(200)
			.optional(),
		valueType: z.string().max(40).optional(),
		dependencies: z
			.array(
				z.looseObject({
					type: z.string().max(40).optional(),
					condition: z
						.looseObject({
							id: z.string().max(64).optional(),
							operator: z.string().max(20).optional(),
							value: z.union([z.string().max(500), z.boolean(), z.number(), z.null()]).optional()
						})
						.optional(),
					action: z.string().max(20).optional()
				})
			)
			.max(20)
			.optional(),
		in_fria: z.boolean().optional(),
		/** This app's extension: which element of art. 27(1) AI Act the question serves. */
		art27: z.enum(['a', 'b', 'c', 'd', 'e', 'f']).optional(),
		/** This app's extension: the roles at the table expected to answer. */
		roles: z.array(z.string().trim().min(1).max(80)).max(10).optional(),
		tasks: z.array(task).max(MAX_TASKS).optional()
	})
);

const definition = z.looseObject({
	name: z.string().trim().min(1).max(300),
	description: z.string().max(40_000),
	version: z
		.string()
		.regex(/^\d+(\.\d+)?(\.\d+)?$/, { error: 'version is not major[.minor[.patch]]' })
		.default('1.0'),
	urn: z.string().regex(/^urn:nl:[a-z]+$/, { error: 'urn is not urn:nl:<name>' }),
	/** Not in the format: a file may name its licence. */
	licence: z.string().trim().max(100).optional(),
	tasks: z.array(task).min(1).max(MAX_TASKS)
});

const depthOf = (value: unknown, depth = 0): number => {
	if (depth > 64) return depth;
	if (Array.isArray(value)) return Math.max(depth, ...value.map((v) => depthOf(v, depth + 1)));
	if (value && typeof value === 'object') {
		return Math.max(depth, ...Object.values(value).map((v) => depthOf(v, depth + 1)));
	}
	return depth;
};

function readFile(text: string): unknown {
	const trimmed = text.trimStart();
	try {
		// YAML is a superset of JSON, but a JSON file gets JSON's own (stricter) parser.
		return trimmed.startsWith('{')
			? JSON.parse(text)
			: parseYaml(text, { uniqueKeys: true, maxAliasCount: 100, prettyErrors: false });
	} catch (error) {
		throw new Refused(
			'instrument_not_parsed',
			error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : ''
		);
	}
}

const ANSWERS: Record<string, ItemType> = {
	text_input: 'text',
	open_text: 'text',
	select_option: 'choice',
	radio_option: 'choice',
	checkbox_option: 'multi',
	multiselect_scrollable: 'multi',
	date: 'date'
};

function typeOf(t: TaskFile, hasChildren: boolean): ItemType | 'group' {
	for (const type of t.type) {
		if (!(TASK_TYPES as readonly string[]).includes(type)) {
			throw new Refused('instrument_unknown_type', `${t.id}: ${type}`);
		}
	}
	if (t.type.includes('image')) throw new Refused('instrument_unsupported', `${t.id}: image`);
	if (t.type.includes('task_group') || t.type.includes('informational')) {
		if (t.repeatable && hasChildren) {
			throw new Refused('instrument_unsupported', `${t.id}: repeatable task_group`);
		}
		return hasChildren ? 'group' : 'notice';
	}
	if (hasChildren) throw new Refused('instrument_invalid', `${t.id}: a question with tasks`);
	const type = ANSWERS[t.type[0]!]!;
	if (t.repeatable) {
		if (type !== 'text')
			throw new Refused('instrument_unsupported', `${t.id}: repeatable ${t.type[0]}`);
		return 'entries';
	}
	if ((type === 'choice' || type === 'multi') && !t.options?.length) {
		throw new Refused('instrument_invalid', `${t.id}: no options`);
	}
	return type;
}

function html(t: { id: string; description?: string | null }): string {
	if (t.description && isHostile(t.description)) throw new Refused('instrument_hostile_html', t.id);
	return safeHtml(t.description);
}

function conditionsOf(t: TaskFile): Condition[] {
	return (t.dependencies ?? []).flatMap((d): Condition[] => {
		if (d.type !== undefined && d.type !== 'conditional') {
			throw new Refused('instrument_unsupported', `${t.id}: dependency ${d.type}`);
		}
		const on = d.condition?.id;
		const operator = d.condition?.operator ?? 'equals';
		const action = d.action ?? 'show';
		if (!on) throw new Refused('instrument_invalid', `${t.id}: a condition without an id`);
		if (operator !== 'equals' && operator !== 'contains' && operator !== 'any') {
			throw new Refused('instrument_unsupported', `${t.id}: operator ${operator}`);
		}
		if (action !== 'show' && action !== 'hide') {
			throw new Refused('instrument_unsupported', `${t.id}: action ${action}`);
		}
		const value = d.condition?.value;
		if ((value === null || value === undefined) && operator !== 'any') {
			throw new Refused('instrument_invalid', `${t.id}: a condition without a value`);
		}
		return [{ on, operator, value: value ?? '', action }];
	});
}

/** Refuses a condition on an id that is not a question, and a loop of conditions. */
function checkConditions(items: Item[], own: Map<string, Condition[]>) {
	const answerable = new Set(items.filter((i) => i.type !== 'notice').map((i) => i.id));
	for (const [id, conditions] of own) {
		for (const c of conditions) {
			if (!answerable.has(c.on))
				throw new Refused('instrument_condition_unknown', `${id} → ${c.on}`);
		}
	}
	// An item depends on what its conditions read; a cycle means no order can decide them.
	const edges = new Map(items.map((i) => [i.id, i.conditions.map((c) => c.on)]));
	const state = new Map<string, 'open' | 'done'>();
	const visit = (id: string, path: string[]) => {
		if (state.get(id) === 'done') return;
		if (state.get(id) === 'open') {
			const loop = [...path.slice(path.indexOf(id)), id];
			throw new Refused('instrument_condition_loop', loop.join(' → '));
		}
		state.set(id, 'open');
		for (const next of edges.get(id) ?? []) visit(next, [...path, id]);
		state.set(id, 'done');
	};
	for (const item of items) visit(item.id, []);
}

function convert(file: z.output<typeof definition>, source: Instrument['source']): Instrument {
	const seen = new Set<string>();
	const items: Item[] = [];
	const own = new Map<string, Condition[]>();
	const art27 = ART27_BY_URN[file.urn] ?? {};
	const parts = file.tasks.map((root) => {
		const walk = (
			t: TaskFile,
			depth: number,
			parent: string,
			context: Item['context'],
			inherited: Condition[]
		) => {
			if (depth > MAX_DEPTH) throw new Refused('instrument_too_deep', t.id);
			if (seen.has(t.id)) throw new Refused('instrument_duplicate_id', t.id);
			seen.add(t.id);
			const children = t.tasks ?? [];
			const type = typeOf(t, children.length > 0);
			const mine = conditionsOf(t);
			if (mine.length > 0) own.set(t.id, mine);
			const conditions = [...inherited, ...mine];
			const description = html(t);
			if (type === 'group') {
				const here =
					depth === 0 ? context : [...context, { id: t.id, title: t.task, html: description }];
				for (const child of children) walk(child, depth + 1, t.id, here, conditions);
				return;
			}
			const boolean =
				t.valueType === 'boolean' || (t.options ?? []).every((o) => typeof o.value === 'boolean');
			items.push({
				id: t.id,
				part: root.id,
				parent,
				context,
				title: t.task,
				html: description,
				type,
				options: (t.options ?? []).map((o) => ({
					value: String(o.value ?? ''),
					label: o.label ?? String(o.value ?? '')
				})),
				boolean: (type === 'choice' || type === 'multi') && boolean,
				conditions,
				official: t.is_official_id !== false,
				tags: t.in_fria ? ['in_fria'] : [],
				art27: t.in_fria ? (t.art27 ?? art27[t.id] ?? null) : null,
				roles: t.roles ?? []
			});
		};
		const rootChildren = root.tasks ?? [];
		if (rootChildren.length === 0) {
			walk(root, 0, root.id, [], []);
		} else {
			if (seen.has(root.id)) throw new Refused('instrument_duplicate_id', root.id);
			seen.add(root.id);
			typeOf(root, true);
			const mine = conditionsOf(root);
			if (mine.length > 0) own.set(root.id, mine);
			for (const child of rootChildren) walk(child, 1, root.id, [], mine);
		}
		return {
			id: root.id,
			title: root.task,
			html: html(root),
			informational: root.type.includes('informational')
		};
	});
	checkConditions(items, own);
	const parsed = instrumentSchema.safeParse({
		name: file.name,
		urn: file.urn,
		version: file.version,
		licence: file.licence ?? '',
		source,
		html: safeHtml(file.description),
		parts,
		items
	});
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new Refused('instrument_invalid', `${issue.path.join('.')}: ${issue.message}`);
	}
	return parsed.data;
}

/** A publisher's file (YAML or JSON) as an instrument, or the one reason it is refused. */
export function importDefinition(text: string, fileName: string): Imported {
	try {
		if (Buffer.byteLength(text, 'utf8') > MAX_INSTRUMENT_BYTES) {
			throw new Refused('instrument_too_large', `${Math.ceil(Buffer.byteLength(text) / 1024)} KiB`);
		}
		const raw = readFile(text);
		if (depthOf(raw) > MAX_DEPTH * 2 + 8) throw new Refused('instrument_too_deep', fileName);
		const parsed = definition.safeParse(raw);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			throw new Refused('instrument_invalid', `${issue.path.join('.') || '/'}: ${issue.message}`);
		}
		if (isHostile(parsed.data.description)) throw new Refused('instrument_hostile_html', '/');
		const sha256 = createHash('sha256').update(text).digest('hex');
		return { ok: true, instrument: convert(parsed.data, { file: fileName.slice(0, 300), sha256 }) };
	} catch (error) {
		if (error instanceof Refused) return { ok: false, error: error.code, detail: error.detail };
		if (error instanceof RangeError)
			return { ok: false, error: 'instrument_too_deep', detail: fileName };
		throw error;
	}
}
