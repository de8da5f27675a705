import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BASIS, THEME_ROLES, roleValue } from '$lib/theme';
import { checkTheme, contrastFailures, MAX_THEME_BYTES, resolve } from './theme-file';

const fixture = readFileSync('tests/themes/voorbeeldstad.css', 'utf8');
const theme = (body: string) => `.t-theme {\n${body}\n}`;

describe('theme files', () => {
	it('takes a theme of custom properties, and serves only what it read, written out again', () => {
		const checked = checkTheme(fixture);
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(checked.declarations).toBe(17);
		expect(checked.accent).toBe('#0b5e3a');
		expect(checked.css.startsWith(':root:root {\n\t--voorbeeldstad-groen-700: #0b5e3a;')).toBe(
			true
		);
		// The dark variant is not the theme; the file's comments are not served.
		expect(checked.css).not.toContain('#000000');
		expect(checked.css).not.toContain('Voorbeeldstad');
	});

	it('refuses what is not custom properties, reaches out, or escapes, naming what', () => {
		const cases: [string, string, string][] = [
			['@import url("https://cdn.example/theme.css");', 'theme_import', '@import'],
			['@font-face { font-family: X; }', 'theme_at_rule', '@font-face'],
			[theme('--a: url(https://evil.example/x.png);'), 'theme_url', '--a'],
			[theme('--a: URL(//evil.example/x.png);'), 'theme_url', '--a'],
			[theme('--a: \\75 rl(x);'), 'theme_unsafe_value', '--a'],
			[theme('--a: image-set("x.png" 1x);'), 'theme_unsafe_value', '--a'],
			[theme('color: red;'), 'theme_not_custom_properties', 'color'],
			['body { --a: red; }', 'theme_selector', 'body'],
			['.t-theme .button { --a: red; }', 'theme_selector', '.t-theme .button'],
			['.t-theme { .inner { --a: red; } }', 'theme_not_custom_properties', 'rule'],
			['.t-theme { --a: red', 'theme_not_css', '1'],
			['/* nothing */', 'theme_empty', ''],
			['', 'theme_empty', '']
		];
		for (const [text, error, detail] of cases) {
			expect(checkTheme(text), text).toEqual({ ok: false, error, detail });
		}
		expect(checkTheme(theme(`--a: ${'x'.repeat(MAX_THEME_BYTES)};`))).toMatchObject({
			error: 'theme_too_large'
		});
	});

	it('refuses a theme whose text or controls fall below WCAG 2.2 AA, with the pairs', () => {
		const pale = checkTheme(theme('--basis-color-accent-1-inverse-bg-default: #7fb2e5;'));
		expect(pale.ok).toBe(false);
		if (pale.ok) return;
		expect(pale.error).toBe('theme_contrast');
		expect(pale.failures?.map((f) => `${f.fore}/${f.back}`)).toEqual([
			'onPrimary/primary',
			'primary/white',
			'primary/surface'
		]);
		expect(pale.failures?.[0]).toMatchObject({
			ratio: 2.23,
			min: 4.5,
			colours: ['#ffffff', '#7fb2e5']
		});
		// A colour the check cannot read (or see-through) counts as failing: it cannot vouch for it.
		const unreadable = checkTheme(theme('--basis-color-default-color-document: rgb(0 0 0 / 50%);'));
		expect(unreadable.ok || unreadable.failures?.[0]).toMatchObject({ fore: 'text', ratio: 0 });
		// The control's border needs 3:1 only.
		expect(
			contrastFailures(new Map([['--basis-color-default-border-default', '#949494']]))
		).toEqual([]);
	});

	it('follows var() through the theme, its fallbacks and the defaults, and stops on a loop', () => {
		const tokens = new Map([
			['--a', 'var(--b)'],
			['--b', 'var(--missing, #123456)'],
			['--loop', 'var(--loop)']
		]);
		expect(resolve('var(--a)', tokens)).toBe('#123456');
		expect(resolve('var(--basis-color-default-bg-default)', tokens)).toBe('#ffffff');
		expect(resolve('var(--loop)', tokens)).toBeNull();
	});

	it('is the look app.css gives: the same defaults, every role read from its tokens', () => {
		const css = readFileSync('src/lib/styles/app.css', 'utf8')
			.replace(/\s+/g, ' ')
			.replace(/\( /g, '(')
			.replace(/ \)/g, ')');
		for (const [token, value] of Object.entries(DEFAULT_BASIS)) {
			expect(css, token).toContain(`${token}: ${value.replace(/\s+/g, ' ')};`);
		}
		for (const role of Object.keys(THEME_ROLES) as (keyof typeof THEME_ROLES)[]) {
			expect(css, role).toContain(`: ${roleValue(role)};`);
		}
		// The default theme passes its own check.
		expect(contrastFailures(new Map())).toEqual([]);
	});
});
