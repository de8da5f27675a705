import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordAsVersion1 } from '$lib/schemas/record';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { facilitatorActor } from '../testing/act';
import { facilitator } from '../testing/commands';
import * as contributions from '../testing/fixtures';
import { createWorkshop } from '../workshops/workshops';
import { importWorkshopRecord } from '../workshops/import';
import { workshopRecordSchema } from './record-schema';

const { addParticipant, addValue } = contributions;
import { csvCell } from './csv';
import { registerJson, registerText } from './algoritmeregister';
import { exportWorkshop, registerDraft } from './index';
import { buildWorkshopRecord, canonicalJson, fingerprintOf, verifyFingerprint } from './record';

/** How the specs ask for an export: as the workshop's owner (set by `workshopWithOutcome`). */
let options = {
	includeNames: false,
	separator: ';' as ';' | ',',
	verifyUrl: 'https://gdb.example/verify',
	actor: facilitatorActor({ id: '', displayName: '' })
};
const text = (body: Uint8Array | string) =>
	typeof body === 'string' ? body : Buffer.from(body).toString('utf8');

async function workshopWithOutcome(commitmentCount = 3) {
	const owner = await createFacilitator({
		email: `begeleider${Math.random()}@gemeente.nl`,
		displayName: 'Joëlle van IJsselstein',
		password: 'a long test password'
	});
	const workshop = createWorkshop(owner.id, {
		title: 'Cameratoezicht in de binnenstad',
		organisation: 'Gemeente ’s-Hertogenbosch',
		caseDescription: 'Camera’s met gezichtsherkenning? Café-eigenaren en bewoners praten mee.',
		scheduledOn: '2026-12-01',
		language: 'nl'
	});
	options = { ...options, actor: facilitatorActor(owner) };
	const [zoe, bram, chantal] = ['Zoë', 'Bram', 'Chantal'].map(
		(name) => addParticipant(workshop.id, name).participant
	);
	const db = getDb();
	const valueId = (name: string) =>
		db
			.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? AND name_nl = ?')
			.pluck()
			.get(workshop.id, name) as string;
	const privacy = valueId('Privacy');
	const transparency = valueId('Transparantie');
	const own = addValue(
		workshop.id,
		{ principleKey: 'human_rights', nameNl: 'Proportionaliteit', nameEn: 'Proportionaliteit' },
		{ participantId: chantal!.id, clientId: 'own-value-1' }
	);
	for (const id of [privacy, transparency, own])
		db.prepare('UPDATE workshop_values SET selected = 1 WHERE id = ?').run(id);
	contributions.setVote(workshop.id, zoe!.id, privacy, 2);
	contributions.setVote(workshop.id, bram!.id, privacy, 1);
	contributions.setVote(workshop.id, bram!.id, transparency, 2);
	contributions.addTension(
		workshop.id,
		transparency,
		privacy,
		'Openheid over locaties vs. herleidbaarheid',
		{ participantId: zoe!.id, clientId: 'tension-1' }
	);
	contributions.addCard(workshop.id, 'stakeholder', '<script>alert("x")</script>', {
		participantId: bram!.id,
		clientId: 'card-1'
	});
	contributions.addCard(workshop.id, 'risk', '=HYPERLINK("http://evil.example","klik")', {
		participantId: chantal!.id,
		clientId: 'card-2'
	});
	const actionIds: string[] = [];
	for (let i = 1; i <= commitmentCount; i++) {
		const label = String(i).padStart(3, '0');
		const id = contributions.addCard(
			workshop.id,
			'action',
			i === 1
				? '=HYPERLINK("http://evil.example","klik") — actie'
				: `Actie ${label}: privacyverklaring bijwerken voor café’s`,
			null,
			[i % 2 ? privacy : transparency]
		);
		actionIds.push(id);
		contributions.setRating(workshop.id, zoe!.id, id, (i % 5) + 1, ((i + 2) % 5) + 1);
		contributions.setRating(workshop.id, bram!.id, id, ((i + 1) % 5) + 1, (i % 5) + 1);
		contributions.selectAction(workshop.id, id, true);
	}
	const commitments = db
		.prepare('SELECT id FROM commitments WHERE workshop_id = ? ORDER BY created_at, rowid')
		.pluck()
		.all(workshop.id) as string[];
	commitments.forEach((id, i) =>
		contributions.updateCommitment(
			workshop.id,
			id,
			{
				owner: i === 0 ? 'Zoë de Bruĳn' : `Team ${i % 7}`,
				dueOn: `2027-0${(i % 9) + 1}-15`,
				status: i % 3 === 0 ? 'on_track' : 'open'
			},
			'Joëlle'
		)
	);
	contributions.setReflection(workshop.id, zoe!.id, 'human_rights', 2, 'Nog geen DPIA’s');
	contributions.setReflection(workshop.id, bram!.id, 'human_rights', 4, '');
	contributions.setClosingNote(bram!.id, 'Privacy vraagt om eigenaarschap.');
	contributions.seed(workshop.id, options.actor, (ctx) =>
		facilitator.setStepFlags(ctx, { step: 3, revealed: true })
	);
	return { owner, workshop, actionIds, commitments };
}

function pdfText(
	pdf: Uint8Array,
	dir: string,
	name = 'out'
): { text: string; pages: number; pngs: number } {
	const path = join(dir, `${name}.pdf`);
	writeFileSync(path, pdf);
	const info = execFileSync('pdfinfo', [path]).toString();
	const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
	execFileSync('pdftoppm', ['-png', '-r', '40', path, join(dir, name)]);
	const pngs = readdirSync(dir).filter((f) => f.startsWith(name) && f.endsWith('.png')).length;
	return { text: execFileSync('pdftotext', ['-layout', path, '-']).toString(), pages, pngs };
}

beforeEach(() => closeDb());

const commitmentIdOf = (workshopId: string) =>
	getDb()
		.prepare('SELECT id FROM commitments WHERE workshop_id = ? ORDER BY created_at, rowid LIMIT 1')
		.pluck()
		.get(workshopId) as string;

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

describe('JSON archive', () => {
	it('round-trips: export, import as a new workshop, export again gives the same record', async () => {
		const { owner, workshop } = await workshopWithOutcome();
		const archive = JSON.parse(text((await exportWorkshop(workshop.id, 'json', options))!.body));
		const record = workshopRecordSchema.parse(archive);
		const importedId = importWorkshopRecord(owner.id, record);
		expect(importedId).not.toBe(workshop.id);
		const again = buildWorkshopRecord(importedId)!;
		expect(canonicalJson(again)).toBe(canonicalJson(record));
		expect(fingerprintOf(again)).toBe(fingerprintOf(record));
	});

	it('refuses an archive with dangling references and changes nothing', async () => {
		const { owner, workshop } = await workshopWithOutcome();
		const record = buildWorkshopRecord(workshop.id)!;
		const before = getDb().prepare('SELECT COUNT(*) FROM workshops').pluck().get();
		const broken = {
			...record,
			votes: [...(record.votes ?? []), { participant: 'p99', value: 'v1', dots: 1 }]
		};
		expect(() => importWorkshopRecord(owner.id, workshopRecordSchema.parse(broken))).toThrow();
		expect(getDb().prepare('SELECT COUNT(*) FROM workshops').pluck().get()).toBe(before);
	});
});

describe('fingerprints', () => {
	it('verify an issued fingerprint until the workshop changes', async () => {
		const { workshop, commitments } = await workshopWithOutcome();
		const { fingerprint } = (await exportWorkshop(workshop.id, 'pdf', options))!;
		expect(verifyFingerprint(fingerprint)).toMatchObject({
			known: true,
			current: true,
			issue: { workshopTitle: 'Cameratoezicht in de binnenstad' },
			imported: null
		});
		contributions.updateCommitment(
			workshop.id,
			commitments[0]!,
			{ owner: 'Iemand anders', dueOn: null, status: 'done' },
			'Joëlle'
		);
		expect(verifyFingerprint(fingerprint)).toMatchObject({ known: true, current: false });
		expect(verifyFingerprint('0'.repeat(64))).toMatchObject({ known: false });
	});

	it('tell an altered copy imported under another account from the original', async () => {
		const { owner, workshop, commitments } = await workshopWithOutcome();
		const issued = { ...options, actor: facilitatorActor(owner) };
		const original = (await exportWorkshop(workshop.id, 'json', issued))!;
		const archive = workshopRecordSchema.parse(JSON.parse(text(original.body)));
		// Someone else, with the same display name, edits a commitment in the archive and imports it.
		const copier = await createFacilitator({
			email: `iemand${Math.random()}@example.org`,
			displayName: 'Joëlle van IJsselstein',
			password: 'a long test password'
		});
		const altered = {
			...archive,
			commitments: archive.commitments.map((c, i) =>
				i === 0 ? { ...c, status: 'done' as const } : c
			)
		};
		const copy = importWorkshopRecord(copier.id, altered, {
			archiveFingerprint: fingerprintOf(altered)
		});
		const pdf = (await exportWorkshop(copy, 'pdf', {
			...options,
			actor: facilitatorActor(copier)
		}))!;
		const check = verifyFingerprint(pdf.fingerprint);
		expect(check).toMatchObject({
			known: true,
			current: true,
			issue: {
				workshopTitle: 'Cameratoezicht in de binnenstad',
				issuedBy: { name: 'Joëlle van IJsselstein', emailDomain: 'example.org' }
			},
			// The archive it came from was never issued here: not an original.
			imported: {
				archiveFingerprint: fingerprintOf(altered),
				archive: null,
				changedSinceImport: false
			}
		});
		// The original is still told apart: issued by the owner, at the owner's domain, not imported.
		expect(verifyFingerprint(original.fingerprint)).toMatchObject({
			known: true,
			issue: { issuedBy: { name: 'Joëlle van IJsselstein', emailDomain: 'gemeente.nl' } },
			imported: null
		});

		// An unaltered import names the original export it came from, until it is changed.
		const faithful = importWorkshopRecord(copier.id, archive, {
			archiveFingerprint: original.fingerprint
		});
		contributions.updateCommitment(
			faithful,
			commitmentIdOf(faithful),
			{ owner: 'Iemand anders' },
			'x'
		);
		const changed = (await exportWorkshop(faithful, 'pdf', {
			...options,
			actor: facilitatorActor(copier)
		}))!;
		expect(verifyFingerprint(changed.fingerprint)).toMatchObject({
			imported: {
				archive: { issuedBy: { emailDomain: 'gemeente.nl' } },
				changedSinceImport: true
			}
		});
		expect(commitments).toHaveLength(3);
		// Nothing of the participants in the answer.
		expect(JSON.stringify(verifyFingerprint(changed.fingerprint))).not.toMatch(/Zoë|Bram|Chantal/);
	});

	it('issued before methods and step kinds existed (record version 1) still verify', async () => {
		const { workshop, commitments } = await workshopWithOutcome();
		const asIssued = recordAsVersion1(buildWorkshopRecord(workshop.id)!)!;
		expect(asIssued).toMatchObject({ version: 1 });
		expect(asIssued.steps[0]).not.toHaveProperty('kind');
		const fingerprint = fingerprintOf(asIssued);
		getDb()
			.prepare(
				`INSERT INTO export_fingerprints (fingerprint, workshop_id, format, created_at, record_version)
				VALUES (?, ?, 'pdf', 0, 1)`
			)
			.run(fingerprint, workshop.id);
		expect(verifyFingerprint(fingerprint)).toMatchObject({ known: true, current: true });
		contributions.updateCommitment(workshop.id, commitments[0]!, { status: 'done' }, 'Joëlle');
		expect(verifyFingerprint(fingerprint)).toMatchObject({ known: true, current: false });
	});
});
