/**
 * Paraglide's runtime as the browser uses it: the language the server rendered the page in.
 * The browser build resolves `$lib/paraglide/runtime` to this module (see `pageLocale` in
 * vite.config.ts). Paraglide's own runtime decides the language in the browser again, from the
 * strategies it was compiled with (URL patterns, cookies, custom strategies), and stores it in a
 * cookie on first use: 1 KB gz of code on every page for an answer the page already carries in
 * `<html lang>` (set by paraglideMiddleware in hooks.server.ts, which keeps the real runtime). A
 * language change reloads the page (the form posts to /language). If browser code ever imports
 * a name this module lacks, the build fails. `page-locale.spec.ts` keeps it in step with the
 * project's locales.
 */
import type { Locale } from '$lib/paraglide/runtime';

export const baseLocale: Locale = 'nl';
export const locales: readonly Locale[] = ['nl', 'en'];
/** Paraglide's per-locale builds are not used here: messages pick the language at run time. */
export const experimentalStaticLocale: Locale | undefined = undefined;

export function getLocale(): Locale {
	const lang = document.documentElement.lang;
	return locales.find((locale) => locale === lang) ?? baseLocale;
}
