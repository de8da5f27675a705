// An account's library: the template (steps and catalogue) its new workshops of a method start
// from, instead of the method as shipped. A template comes from a workshop (exported as JSON),
// from a file (checked, with a diff against the current default before it is saved), or from a
// colleague the account works with (a co-facilitator or the owner of a shared workshop). An
// organisation's own templates (set by a beheerder) come between an account's and the shipped.
import type { Language } from '$lib/language';
import { methodByKey, type Method } from '$lib/methods';
import { TEMPLATE_FORMAT, templateSchema, type Template } from '$lib/schemas/template';
import { slugify, uniqueKey } from '$lib/slug';
import { getDb } from '../db';
import { loadWorkshopRows } from '../read-model/load';
import { membershipOf, organisationTemplateOf } from '../read-model/organisations';
import { colleaguesOf } from '../read-model/workshops';

// Below the 256 KB every form may send (src/lib/server/body-limits.js), so a too-large file gets
// this clear message rather than the body limit's.
const MAX_TEMPLATE_BYTES = 200 * 1024;

/** The method as shipped, as a template. */
export function templateOfMethod(method: Method): Template {
	return templateSchema.parse({
		format: TEMPLATE_FORMAT,
		version: 1,
		method: method.key,
		steps: method.steps,
		catalogue: method.catalogue
	});
}

const keyOf = (name: string, taken: Set<string>) => uniqueKey(slugify(name) || 'waarde', taken);

/** A workshop's steps and catalogue as they are now (its visible values, not participants'). */
export function templateOfWorkshop(workshopId: string, method: string): Template | null {
	const rows = loadWorkshopRows(workshopId);
	if (!rows) return null;
	const taken = new Set<string>();
	const foundations = new Map<string, Template['catalogue']['foundations'][number]>();
	for (const p of rows.principles) {
		let foundation = foundations.get(p.foundationKey);
		if (!foundation) {
			foundation = {
				key: p.foundationKey,
				name: { nl: p.foundationNl, en: p.foundationEn },
				principles: []
			};
			foundations.set(p.foundationKey, foundation);
		}
		foundation.principles.push({
			key: p.key,
			name: { nl: p.nameNl, en: p.nameEn },
			values: rows.values
				.filter((v) => v.principleKey === p.key && !v.hidden && v.addedBy === null)
				.map((v) => ({
					key: keyOf(v.nameNl, taken),
					name: { nl: v.nameNl, en: v.nameEn },
					description: { nl: v.descriptionNl, en: v.descriptionEn },
					named: 'reconstructed' as const,
					placement: 'reconstructed' as const
				}))
		});
	}
	return templateSchema.parse({
		format: TEMPLATE_FORMAT,
		version: 1,
		method,
		steps: rows.steps.map((s) => ({
			kind: s.kind,
			minutes: Math.max(1, Math.round(s.durationMs / 60_000)),
			title: { nl: s.titleNl, en: s.titleEn },
			question: { nl: s.questionNl, en: s.questionEn },
			notes: { nl: s.notes, en: s.notes }
		})),
		catalogue: { foundations: [...foundations.values()] }
	});
}

type ParsedTemplate = { ok: true; template: Template } | { ok: false; error: string };

/** A file's text as a template, or why not (too large, not JSON, not a valid template). */
export function parseTemplate(text: string): ParsedTemplate {
	if (new TextEncoder().encode(text).length > MAX_TEMPLATE_BYTES) {
		return { ok: false, error: 'template_too_large' };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'template_not_json' };
	}
	const parsed = templateSchema.safeParse(json);
	return parsed.success
		? { ok: true, template: parsed.data }
		: { ok: false, error: 'template_invalid' };
}

/** This account's default for a method, if it has one. */
export function defaultTemplate(facilitatorId: string, method: string): Template | null {
	const row = getDb()
		.prepare('SELECT template FROM account_templates WHERE facilitator_id = ? AND method = ?')
		.pluck()
		.get(facilitatorId, method) as string | undefined;
	if (!row) return null;
	const parsed = parseTemplate(row);
	return parsed.ok ? parsed.template : null;
}

export function saveDefaultTemplate(facilitatorId: string, template: Template, now = Date.now()) {
	getDb()
		.prepare(
			`INSERT INTO account_templates (facilitator_id, method, template, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (facilitator_id, method) DO UPDATE SET template = excluded.template,
				updated_at = excluded.updated_at`
		)
		.run(facilitatorId, template.method, JSON.stringify(template), now);
}

export function removeDefaultTemplate(facilitatorId: string, method: string): void {
	getDb()
		.prepare('DELETE FROM account_templates WHERE facilitator_id = ? AND method = ?')
		.run(facilitatorId, method);
}

interface SharedTemplate {
	facilitatorId: string;
	facilitator: string;
	method: string;
	updatedAt: number;
}

/** The defaults of the colleagues this account facilitates with (either way round). */
export function sharedTemplates(facilitatorId: string): SharedTemplate[] {
	return getDb()
		.prepare(
			`SELECT t.facilitator_id AS facilitatorId, f.display_name AS facilitator, t.method,
				t.updated_at AS updatedAt
			FROM account_templates t JOIN facilitators f ON f.id = t.facilitator_id
			WHERE t.facilitator_id IN (SELECT value FROM json_each(?))
			ORDER BY f.display_name, t.method`
		)
		.all(JSON.stringify(colleaguesOf(facilitatorId))) as SharedTemplate[];
}

/** The template of this account's organisation for a method, if it has one. */
export function organisationTemplate(facilitatorId: string, method: string): Template | null {
	const membership = membershipOf(facilitatorId);
	const json = membership && organisationTemplateOf(membership.organisationId, method);
	const parsed = json ? parseTemplate(json) : null;
	return parsed?.ok ? parsed.template : null;
}

/**
 * The method a new workshop of this account starts from: its own default, else its
 * organisation's, else the method as shipped.
 */
export function methodFor(facilitatorId: string, methodKey: string): Method {
	const method = methodByKey(methodKey);
	const template =
		defaultTemplate(facilitatorId, methodKey) ?? organisationTemplate(facilitatorId, methodKey);
	return template ? { ...method, steps: template.steps, catalogue: template.catalogue } : method;
}

/** What changes when `after` replaces `before`, one line per change, in the given language. */
export function diffTemplates(before: Template, after: Template, locale: Language): string[] {
	const lines: string[] = [];
	const name = (l: { nl: string; en: string }) => (locale === 'en' ? l.en || l.nl : l.nl);
	const steps = Math.max(before.steps.length, after.steps.length);
	for (let i = 0; i < steps; i++) {
		const a = before.steps[i];
		const b = after.steps[i];
		if (!a && b) lines.push(`+ ${i + 1}. ${name(b.title)} (${b.minutes} min)`);
		else if (a && !b) lines.push(`− ${i + 1}. ${name(a.title)}`);
		else if (
			a &&
			b &&
			(name(a.title) !== name(b.title) || a.minutes !== b.minutes || a.kind !== b.kind)
		) {
			lines.push(
				`~ ${i + 1}. ${name(a.title)} (${a.minutes} min) → ${name(b.title)} (${b.minutes} min)`
			);
		}
	}
	const valuesOf = (t: Template) =>
		new Map(
			t.catalogue.foundations.flatMap((f) =>
				f.principles.flatMap((p) =>
					p.values.map((v) => [v.name.nl.toLowerCase(), { v, p }] as const)
				)
			)
		);
	const a = valuesOf(before);
	const b = valuesOf(after);
	for (const [k, { v, p }] of b) {
		const old = a.get(k);
		if (!old) lines.push(`+ ${name(v.name)} (${name(p.name)})`);
		else if (old.p.key !== p.key)
			lines.push(`~ ${name(v.name)}: ${name(old.p.name)} → ${name(p.name)}`);
	}
	for (const [k, { v }] of a) if (!b.has(k)) lines.push(`− ${name(v.name)}`);
	return lines;
}

/** What a template would change for this account, to show before it is saved. */
export function templatePreview(facilitatorId: string, template: Template, locale: Language) {
	const method = methodByKey(template.method);
	const current =
		defaultTemplate(facilitatorId, template.method) ??
		organisationTemplate(facilitatorId, template.method) ??
		templateOfMethod(method);
	return {
		method: template.method,
		methodName: method.name,
		json: JSON.stringify(template),
		changes: diffTemplates(current, template, locale)
	};
}
