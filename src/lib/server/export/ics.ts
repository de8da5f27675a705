// One all-day calendar event per commitment with a due date (RFC 5545), so reminders land in
// Outlook or any other calendar without accounts or integrations.
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

const compactDate = (isoDate: string) => isoDate.replaceAll('-', '');

function nextDay(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

export function commitmentsIcs(
	outcome: Outcome,
	workshopId: string,
	fingerprint: string,
	now = new Date()
): string {
	const locale = outcome.language;
	const { workshop } = outcome.record;
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
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
		const description = [
			`${m.export_subtitle({}, { locale })}: ${workshop.title} (${workshop.organisation})`,
			`${m.commitment_owner({}, { locale })}: ${c.owner || '–'}`,
			`${m.export_linked_values({}, { locale })}: ${c.values.join(', ') || '–'}`,
			`${m.export_fingerprint({}, { locale })}: ${fingerprint}`
		].join('\n');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${workshopId}-${c.number}@goed-digitaal-bestuur`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${compactDate(c.dueOn)}`,
			`DTEND;VALUE=DATE:${compactDate(nextDay(c.dueOn))}`,
			`SUMMARY:${icsText(c.action)}`,
			`DESCRIPTION:${icsText(description)}`,
			'TRANSP:TRANSPARENT',
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			'TRIGGER:-P7D',
			`DESCRIPTION:${icsText(c.action)}`,
			'END:VALARM',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
