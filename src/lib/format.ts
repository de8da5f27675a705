// Numbers, dates and durations as people read them, in the workshop's or the page's language.
import { asLanguage, localeTag } from './language';

/** A calendar date (YYYY-MM-DD) as people read it, e.g. "22 november 2026". */
export function formatDate(isoDate: string, locale: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return new Intl.DateTimeFormat(localeTag(asLanguage(locale)), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** A moment (epoch ms) with date and time, e.g. "23 nov 2026 14:05". */
export function formatTimestamp(ms: number, locale: string): string {
	return new Intl.DateTimeFormat(localeTag(asLanguage(locale)), {
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(ms);
}

/** A mean or spread on a 1–5 scale with one decimal: "4,7" (nl) or "4.7" (en). */
export function formatScore(n: number, locale: string): string {
	return n.toLocaleString(localeTag(asLanguage(locale)), {
		maximumFractionDigits: 1,
		minimumFractionDigits: 1
	});
}

export function minutesToMs(minutes: number): number {
	return minutes * 60_000;
}

/** Whole minutes, as a step's length is edited and shown. */
export function msToMinutes(ms: number): number {
	return Math.round(ms / 60_000);
}
