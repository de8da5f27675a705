// One all-day calendar event per commitment with a due date (RFC 5545), so reminders land in
// Outlook or any other calendar without accounts or integrations.
import { addDays } from '$lib/dates';
import { statusLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { LINE_BREAK } from './line-breaks';
import type { Outcome } from './outcome';

// Control characters other than TAB may not appear in a TEXT value (RFC 5545, 3.3.11).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma, and every kind of line break as "\n". */
export function icsText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(LINE_BREAK, '\\n')
		.replace(CONTROL, '');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const length = encoder.encode(char).length;
		if (size + length > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += length;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** An ISO date as an iCalendar DATE: 2026-12-01 → 20261201. */
export const compactDate = (isoDate: string) => isoDate.replaceAll('-', '');

/** A moment as an iCalendar UTC DATE-TIME (DTSTAMP): 20261123T221530Z. */
export const icsStamp = (now: Date) =>
	now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

interface IcsOptions {
	/** Printed in each event for a downloaded file; a live feed has none. */
	fingerprint?: string;
	/** The alarm goes off this many days before the due date. */
	alarmDays: number;
	/** A live feed leaves out what is done or dropped, so it disappears from the calendar. */
	openOnly?: boolean;
	now?: Date;
}

/** `eventIds`: one id per commitment, in the outcome's order, that stays the same over time. */
export function commitmentsIcs(
	outcome: Outcome,
	eventIds: readonly string[],
	{ fingerprint, alarmDays, openOnly = false, now = new Date() }: IcsOptions
): string {
	const locale = outcome.language;
	const { workshop } = outcome.record;
	const stamp = icsStamp(now);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Goed Digitaal Bestuur//Workshop//NL',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${icsText(workshop.title)}`
	];
	for (const c of outcome.commitments) {
		if (!c.dueOn) continue;
		if (openOnly && (c.status === 'done' || c.status === 'dropped')) continue;
		const description = [
			`${m.export_subtitle({}, { locale })}: ${workshop.title} (${workshop.organisation})`,
			`${m.commitment_owner({}, { locale })}: ${c.owner || '–'}`,
			`${m.commitment_status({}, { locale })}: ${statusLabel(c.status, locale)}`,
			`${m.export_linked_values({}, { locale })}: ${c.values.join(', ') || '–'}`,
			...(fingerprint ? [`${m.export_fingerprint({}, { locale })}: ${fingerprint}`] : [])
		].join('\n');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${eventIds[c.number - 1]}@goed-digitaal-bestuur`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${compactDate(c.dueOn)}`,
			`DTEND;VALUE=DATE:${compactDate(addDays(c.dueOn, 1))}`,
			`SUMMARY:${icsText(c.action)}`,
			`DESCRIPTION:${icsText(description)}`,
			'TRANSP:TRANSPARENT',
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			`TRIGGER:-P${Math.max(1, alarmDays)}D`,
			`DESCRIPTION:${icsText(c.action)}`,
			'END:VALARM',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
