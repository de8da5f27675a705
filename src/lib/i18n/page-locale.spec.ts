import { afterEach, describe, expect, it } from 'vitest';
import * as paraglide from '$lib/paraglide/runtime';
import * as page from './page-locale';

describe('the browser runtime', () => {
	afterEach(() => {
		delete (globalThis as { document?: unknown }).document;
	});
	const renderedIn = (lang: string) => {
		(globalThis as { document?: unknown }).document = { documentElement: { lang } };
	};

	it('knows the same languages as the project', () => {
		expect(page.locales).toEqual(paraglide.locales);
		expect(page.baseLocale).toBe(paraglide.baseLocale);
		expect(page.experimentalStaticLocale).toBe(paraglide.experimentalStaticLocale);
	});

	it.each(paraglide.locales)('speaks the language the page was rendered in (%s)', (locale) => {
		renderedIn(locale);
		expect(page.getLocale()).toBe(locale);
	});

	it('falls back to the base language for a page without a known one', () => {
		renderedIn('de');
		expect(page.getLocale()).toBe(paraglide.baseLocale);
		renderedIn('');
		expect(page.getLocale()).toBe(paraglide.baseLocale);
	});
});
