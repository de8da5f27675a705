// Calendar days as the workshops live them: ISO dates (YYYY-MM-DD) in Amsterdam time.

/** The day it is at this moment in the Netherlands, as YYYY-MM-DD. */
export function dutchDate(ms: number): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(ms);
}

/** An ISO date moved by a number of days (negative: back). */
export function addDays(isoDate: string, days: number): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** "14:00" and 150 minutes: "14:00–16:30" (the clock wraps past midnight). */
export function timeSpan(startsAt: string, minutes: number): string {
	const [h, m] = startsAt.split(':').map(Number) as [number, number];
	const end = (h * 60 + m + minutes) % (24 * 60);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${startsAt}–${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}
