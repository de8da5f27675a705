/** A calendar date (YYYY-MM-DD) as people read it, e.g. "22 november 2026". */
export function formatDate(isoDate: string, locale: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(year!, month! - 1, day!)));
}
