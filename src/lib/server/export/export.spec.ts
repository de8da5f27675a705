// The exports a workshop's outcome leaves the room as: PDF, CSV, ICS, Markdown and the
// Algoritmeregister draft, each read back the way its reader would (pdftotext, a calendar
// parser, Dutch Excel's rules). The JSON archive and fingerprints: ./archive.spec.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../db';
import * as contributions from '../testing/fixtures';
import { options, pdfText, text, workshopWithOutcome } from '../testing/outcome';
import { csvCell } from './csv';
import { registerJson, registerText } from './algoritmeregister';
import { exportWorkshop, registerDraft } from './index';

beforeEach(() => closeDb());

describe('PDF export', () => {
	it('carries the outcome, Dutch characters, every commitment and the fingerprint', async () => {
		const { workshop } = await workshopWithOutcome();
		const file = (await exportWorkshop(workshop.id, 'pdf', options))!;
		expect(text(file.body).startsWith('%PDF-')).toBe(true);
		const dir = mkdtempSync(join(tmpdir(), 'gdb-pdf-'));
		const { text: pdf, pages, pngs } = pdfText(file.body as Uint8Array, dir);
		expect(pngs).toBe(pages);
		for (const expected of [
			'Cameratoezicht in de binnenstad',
			'Gemeente ’s-Hertogenbosch',
			'Joëlle van IJsselstein',
			'Gekozen waarden',
			'Proportionaliteit',
			'Transparantie tegenover Privacy',
			'Zoë de Bruĳn',
			'Pagina 1 van',
			'Mensenrechten',
			'Nog geen DPIA’s'
		]) {
			expect(pdf).toContain(expected);
		}
		expect(pdf.replace(/\s+/g, '')).toContain(file.fingerprint);
		expect(pdf).toContain('=HYPERLINK');
		// Names of participants only when the facilitator chooses so.
		expect(pdf).not.toContain('Chantal');
		const named = (await exportWorkshop(workshop.id, 'pdf', { ...options, includeNames: true }))!;
		const namedText = pdfText(named.body as Uint8Array, dir, 'named').text;
		expect(namedText).toContain('Zoë, Bram, Chantal');
	});

	it('lays out 200 commitments over several pages with the table header on each', async () => {
		const { workshop } = await workshopWithOutcome(200);
		const file = (await exportWorkshop(workshop.id, 'pdf', options))!;
		const dir = mkdtempSync(join(tmpdir(), 'gdb-pdf200-'));
		const { text: pdf, pages, pngs } = pdfText(file.body as Uint8Array, dir);
		expect(pages).toBeGreaterThan(6);
		expect(pngs).toBe(pages);
		for (let i = 2; i <= 200; i++) expect(pdf).toContain(`Actie ${String(i).padStart(3, '0')}`);
		const commitmentPages = pdf.split('\f').filter((page) => /Team \d/.test(page)).length;
		expect(commitmentPages).toBeGreaterThan(2);
		const headers = pdf
			.split('\f')
			.filter((page) => /Eigenaar\s+Uiterlijk\s+Status/.test(page)).length;
		expect(headers).toBeGreaterThanOrEqual(commitmentPages);
		expect(pdf).toContain(`Pagina ${pages} van ${pages}`);
	}, 60_000);
});

/** RFC 4180 parser, enough to read our own CSV back. */
function parseCsv(input: string, separator: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	for (let i = 0; i < input.length; i++) {
		const c = input[i]!;
		if (quoted) {
			if (c === '"' && input[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === separator) endCell();
		else if (c === '\r' && input[i + 1] === '\n') {
			endCell();
			rows.push(row);
			row = [];
			i++;
		} else cell += c;
	}
	return rows;
}

describe('CSV export', () => {
	it('opens in Dutch Excel: BOM, semicolons, Dutch characters, no formulas', async () => {
		const { workshop } = await workshopWithOutcome();
		const csv = text((await exportWorkshop(workshop.id, 'csv', options))!.body);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = parseCsv(csv.slice(1), ';');
		expect(rows[0]).toEqual(['#', 'Actie', 'Eigenaar', 'Uiterlijk', 'Status', 'Waarden']);
		expect(rows).toHaveLength(4);
		expect(rows[1]![1]).toBe('\'=HYPERLINK("http://evil.example","klik") — actie');
		expect(rows[1]![2]).toBe('Zoë de Bruĳn');
		expect(rows[1]![4]).toBe('Op schema');
		expect(rows[2]![1]).toContain('café’s');
		const comma = text(
			(await exportWorkshop(workshop.id, 'csv', { ...options, separator: ',' }))!.body
		);
		expect(parseCsv(comma.slice(1), ',')[1]![2]).toBe('Zoë de Bruĳn');
	});

	it('defuses every cell a spreadsheet would run', () => {
		for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
			expect(csvCell(danger, ';').replace(/^"/, '')).toMatch(/^'/);
		expect(csvCell('a;b', ';')).toBe('"a;b"');
		expect(csvCell('plain', ';')).toBe('plain');
	});
});

describe('ICS export', () => {
	it('has one event per commitment on its due date, parsed back', async () => {
		const { workshop } = await workshopWithOutcome();
		const ics = text((await exportWorkshop(workshop.id, 'ics', options))!.body);
		expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
			true
		);
		const unfolded = ics.replace(/\r\n /g, '');
		const events = unfolded.split('BEGIN:VEVENT').slice(1);
		expect(events).toHaveLength(3);
		const field = (event: string, name: string) =>
			new RegExp(`^${name}[^:]*:(.*)$`, 'm').exec(event)![1]!.replace(/\r$/, '');
		const unescape = (value: string) => value.replace(/\\n/g, '\n').replace(/\\([;,\\])/g, '$1');
		expect(unescape(field(events[0]!, 'SUMMARY'))).toBe(
			'=HYPERLINK("http://evil.example","klik") — actie'
		);
		expect(field(events[0]!, 'DTSTART')).toBe('20270115');
		expect(field(events[1]!, 'DTEND')).toBe('20270216');
		expect(unescape(field(events[0]!, 'DESCRIPTION'))).toContain('Eigenaar: Zoë de Bruĳn');
		expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0/);
	});
});

describe("line breaks in participants' text", () => {
	// Every way to break a line: CRLF, a lone CR, a lone LF, NEL, VT, FF, U+2028 and U+2029.
	const BREAKS = ['\r\n', '\r', '\n', '\u0085', '\u000b', '\u000c', '\u2028', '\u2029'];
	const broken = (label: string) =>
		BREAKS.map((lineBreak, i) => `${label} ${i}${lineBreak}`).join('') + `${label} 8`;
	const flat = (label: string) => Array.from({ length: 9 }, (_, i) => `${label} ${i}`);

	async function workshopWithBrokenLines() {
		const { workshop } = await workshopWithOutcome(2);
		const id = contributions.addCard(workshop.id, 'action', broken('Actie'), null, []);
		contributions.selectAction(workshop.id, id, true);
		const commitment = getDb()
			.prepare('SELECT id FROM commitments WHERE action_id = ?')
			.pluck()
			.get(id) as string;
		contributions.updateCommitment(
			workshop.id,
			commitment,
			{ owner: broken('Eigenaar'), dueOn: '2027-03-01', status: 'open' },
			'Joëlle'
		);
		return workshop;
	}

	it('never split an ICS event: one VEVENT per dated commitment, its text kept', async () => {
		const workshop = await workshopWithBrokenLines();
		const ics = text((await exportWorkshop(workshop.id, 'ics', options))!.body);
		// eslint-disable-next-line no-control-regex -- looking for control characters
		expect(ics).not.toMatch(/[^\r]\n|\r(?!\n)|[\u0085\u000b\u000c\u2028\u2029]/);
		const calendar = new ICAL.Component(ICAL.parse(ics));
		const events = calendar.getAllSubcomponents('vevent');
		expect(events).toHaveLength(3);
		const last = events[2]!;
		expect(last.getFirstPropertyValue('summary')).toBe(flat('Actie').join('\n'));
		expect(String(last.getFirstPropertyValue('description'))).toContain(
			flat('Eigenaar').join('\n')
		);
	});

	it('never split a Markdown table row', async () => {
		const workshop = await workshopWithBrokenLines();
		const md = text((await exportWorkshop(workshop.id, 'md', options))!.body);
		// eslint-disable-next-line no-control-regex -- looking for control characters
		expect(md).not.toMatch(/\r|[\u0085\u000b\u000c\u2028\u2029]/);
		const row = md.split('\n').find((line) => line.includes('Eigenaar 0'))!;
		expect(row).toMatch(/^\|.*\|$/);
		for (const part of [...flat('Actie'), ...flat('Eigenaar')]) expect(row).toContain(part);
	});

	it('keep each CSV record on its own line, breaks only inside quotes', async () => {
		const workshop = await workshopWithBrokenLines();
		const csv = text((await exportWorkshop(workshop.id, 'csv', options))!.body);
		// eslint-disable-next-line no-control-regex -- looking for control characters
		expect(csv).not.toMatch(/\r(?!\n)|[\u0085\u000b\u000c\u2028\u2029]/);
		const rows = parseCsv(csv.slice(1), ';');
		expect(rows).toHaveLength(1 + 3);
		expect(rows[3]![1]).toBe(flat('Actie').join('\n'));
	});
});

describe('Markdown export', () => {
	it('shows participant text inert', async () => {
		const { workshop } = await workshopWithOutcome();
		const md = text((await exportWorkshop(workshop.id, 'md', options))!.body);
		expect(md).toContain('# Cameratoezicht in de binnenstad');
		expect(md).not.toMatch(/<script>/);
		expect(md).toContain('=HYPERLINK\\("http://evil\\.example"');
		expect(md).toContain('\\<script\\>');
		expect(md).toContain('Zoë de Bruĳn');
	});

	it('says honestly where the values come from, and whether the facilitator edited them', async () => {
		const { workshop } = await workshopWithOutcome();
		const note =
			'Waardenlijst deels gereconstrueerd: niet elke naam en plaatsing staat in een openbare bron';
		const before = text((await exportWorkshop(workshop.id, 'md', options))!.body);
		expect(before).toContain(`_${note}\\._`);
		expect(before).not.toContain('aangepast door de begeleider');
		getDb()
			.prepare(
				"UPDATE workshop_values SET hidden = 1 WHERE workshop_id = ? AND name_nl = 'Zeggenschap'"
			)
			.run(workshop.id);
		const after = text((await exportWorkshop(workshop.id, 'md', options))!.body);
		expect(after).toContain(`_${note}; aangepast door de begeleider\\._`);
		const pdf = await exportWorkshop(workshop.id, 'pdf', options);
		const dir = mkdtempSync(join(tmpdir(), 'note-'));
		writeFileSync(join(dir, 'a.pdf'), pdf!.body);
		const pdfText = execFileSync('pdftotext', [join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
		expect(pdfText.replace(/\s+/g, ' ')).toContain('aangepast door de begeleider');
	});
});

describe('Algoritmeregister draft', () => {
	it('fills the three fields, keeps to 2,500 characters, names the measures and the link', async () => {
		const { workshop, commitments } = await workshopWithOutcome(200);
		for (const id of commitments.slice(0, 150)) {
			contributions.updateCommitment(workshop.id, id, { measureUrn: 'urn:nl:ak:mtr:pba-04' }, 'J');
		}
		const draft = registerDraft(workshop.id, 'https://gdb.example/verify')!;
		const { proportionality, risks, impacttoets } = draft.fields;
		expect(proportionality).toContain('Privacy (Mensenrechten, 3 stippen)');
		expect(proportionality).toContain('Spanningen tussen waarden');
		expect(proportionality.length).toBeLessThanOrEqual(2500);
		expect(risks.length).toBeLessThanOrEqual(2500);
		expect(risks).toMatch(/en nog \d+ andere$/);
		expect(risks).toMatch(/^Maatregelen die in de workshop van 1 december 2026 zijn afgesproken/);
		expect(risks).toContain('urn:nl:ak:mtr:pba-04');
		expect(impacttoets).toEqual({
			title: 'CODIO-workshop “Van principes naar acties” (1 december 2026)',
			link: `https://gdb.example/verify?fingerprint=${draft.fingerprint}`
		});
		const json = registerJson(draft.fields);
		expect(Object.keys(json)).toEqual([
			'standard',
			'proportionality',
			'risks',
			'impacttoetsen_grouping'
		]);
		expect(registerText(draft.fields)).toMatch(
			/^Afwegingen\n\n[\s\S]+\nRisicobeheer\n\n[\s\S]+\nImpacttoets\(en\)\n/
		);
	});
});
