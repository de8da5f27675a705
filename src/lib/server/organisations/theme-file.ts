// An organisation's theme file, as NL Design System themes publish them (`.x-theme { --…: …; }`):
// read with PostCSS, and taken only when it is custom properties and nothing else (no @import, no
// other at-rule, no url(), no selector but :root or the theme's class). The app never serves the
// file as sent: it serves the declarations it read, written out again. Then the contrast of what
// the app colours with it is checked (WCAG 2.2 AA) and a theme that fails is refused, with the
// pairs that fail.
import { formatHex, parse, wcagContrast } from 'culori';
import postcss, { CssSyntaxError, type Root } from 'postcss';
import { CONTRAST_PAIRS, DEFAULT_BASIS, THEME_ROLES, type ThemeRole } from '$lib/theme';

/** Below the 256 KB a form may send; NL Design System's example theme is about 200 KB. */
export const MAX_THEME_BYTES = 240 * 1024;

export type ThemeError =
	| 'theme_too_large'
	| 'theme_not_css'
	| 'theme_import'
	| 'theme_at_rule'
	| 'theme_selector'
	| 'theme_not_custom_properties'
	| 'theme_url'
	| 'theme_unsafe_value'
	| 'theme_empty'
	| 'theme_contrast';

export interface ContrastFailure {
	fore: ThemeRole;
	back: ThemeRole | 'white';
	/** The ratio found (0 when a colour could not be read), and the ratio needed. */
	ratio: number;
	min: number;
	colours: [string, string];
}

export type ThemeCheck =
	| { ok: true; css: string; accent: string; declarations: number }
	| { ok: false; error: ThemeError; detail: string; failures?: ContrastFailure[] };

const SELECTOR = /^(:root|\.[a-z][a-z0-9_-]*)$/i;
const NAME = /^--[a-z0-9_-]+$/i;
// A value may not reach out (url(), image-set(), @import's strings), escape (a backslash can
// spell "url" without the letters), or close the style element it might one day stand in.
const UNSAFE = /[\\<>{}]|javascript:|expression\(|image-set\(|image\(/i;

const refuse = (error: ThemeError, detail = ''): ThemeCheck => ({ ok: false, error, detail });

/** The declarations of a theme file (the theme's class and :root), or why it is refused. */
function declarationsOf(root: Root): Map<string, string> | ThemeCheck {
	const found = new Map<string, string>();
	let themeClass: string | null = null;
	for (const node of root.nodes) {
		if (node.type === 'comment') continue;
		if (node.type === 'atrule') {
			return refuse(
				node.name.toLowerCase() === 'import' ? 'theme_import' : 'theme_at_rule',
				`@${node.name}`
			);
		}
		if (node.type !== 'rule') return refuse('theme_not_css');
		const selectors = node.selectors.map((s) => s.trim());
		const bad = selectors.find((s) => !SELECTOR.test(s));
		if (bad !== undefined) return refuse('theme_selector', bad.slice(0, 80));
		const own = selectors.some((s) => s === ':root' || s === (themeClass ??= s));
		for (const child of node.nodes) {
			if (child.type === 'comment') continue;
			if (child.type !== 'decl' || !NAME.test(child.prop)) {
				return refuse(
					'theme_not_custom_properties',
					child.type === 'decl' ? child.prop.slice(0, 80) : child.type
				);
			}
			const value = child.value.trim();
			if (/url\(/i.test(value)) return refuse('theme_url', child.prop);
			if (UNSAFE.test(value)) return refuse('theme_unsafe_value', child.prop);
			// Variants of the theme (a dark or a high-contrast class) are not the theme.
			if (own) found.set(child.prop, value);
		}
	}
	return found;
}

/** A token's value with its var() references followed (through the theme, then the defaults). */
export function resolve(
	value: string,
	tokens: ReadonlyMap<string, string>,
	depth = 0
): string | null {
	if (depth > 20) return null;
	const reference = /^var\(\s*(--[a-z0-9_-]+)\s*(?:,\s*(.+))?\)$/i.exec(value.trim());
	if (!reference) return value.trim();
	const [, name, fallback] = reference;
	const found = tokens.get(name!) ?? DEFAULT_BASIS[name!];
	if (found !== undefined) return resolve(found, tokens, depth + 1);
	return fallback ? resolve(fallback, tokens, depth + 1) : null;
}

/** What a role of the app comes to with these tokens: the first of its tokens that is set. */
function roleColour(role: ThemeRole | 'white', tokens: ReadonlyMap<string, string>): string | null {
	if (role === 'white') return '#ffffff';
	for (const token of THEME_ROLES[role]) {
		const value = tokens.get(token) ?? DEFAULT_BASIS[token];
		if (value !== undefined) return resolve(value, tokens);
	}
	return null;
}

/** An opaque colour as #rrggbb, or null (unreadable, or see-through: its contrast depends). */
function opaque(value: string | null): string | null {
	const colour = value ? parse(value) : undefined;
	if (!colour || (colour.alpha !== undefined && colour.alpha < 1)) return null;
	return formatHex(colour) ?? null;
}

/** The pairs that this theme leaves below WCAG 2.2 AA. */
export function contrastFailures(tokens: ReadonlyMap<string, string>): ContrastFailure[] {
	return CONTRAST_PAIRS.flatMap(({ fore, back, min }) => {
		const a = opaque(roleColour(fore, tokens));
		const b = opaque(roleColour(back, tokens));
		const ratio = a && b ? Math.round(wcagContrast(a, b) * 100) / 100 : 0;
		return ratio >= min
			? []
			: [{ fore, back, ratio, min, colours: [a ?? '?', b ?? '?'] as [string, string] }];
	});
}

/** Checks a theme file; on success, the CSS the app serves for it and its accent colour. */
export function checkTheme(text: string): ThemeCheck {
	if (new TextEncoder().encode(text).length > MAX_THEME_BYTES) return refuse('theme_too_large');
	let root: Root;
	try {
		root = postcss.parse(text);
	} catch (error) {
		if (error instanceof CssSyntaxError) return refuse('theme_not_css', `${error.line ?? ''}`);
		throw error;
	}
	const tokens = declarationsOf(root);
	if (!(tokens instanceof Map)) return tokens;
	if (tokens.size === 0) return refuse('theme_empty');
	const failures = contrastFailures(tokens);
	if (failures.length > 0) return { ok: false, error: 'theme_contrast', detail: '', failures };
	// `:root:root` outranks the defaults in app.css wherever the browser puts the two.
	const css = `:root:root {\n${[...tokens].map(([name, value]) => `\t${name}: ${value};`).join('\n')}\n}\n`;
	return {
		ok: true,
		css,
		accent: opaque(roleColour('primary', tokens)) ?? '#154273',
		declarations: tokens.size
	};
}
