// An instrument run live, end to end on the server: the test instrument (tests/instruments/
// oefeninstrument.yaml) imported, a workshop made from it, a dashboard, a beamer and four phones
// in three roles over real sockets, through a condition that skips, one that stops, a multiple
// choice, action points, a research hold carried to a second session, and the decision with the
// room's consent; then the exports: the answers in the publisher's format (checked against its
// published schema with ajv), the art. 27 summary, the PDF, the archive, and reading the answers
// back into another workshop.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '$lib/server/db';
import { exportWorkshop, registerDraft } from '$lib/server/export';
import { exportInstrument } from '$lib/server/export/instrument';
import { buildWorkshopRecord, canonicalJson } from '$lib/server/export/record';
import { anyRecordSchema } from '$lib/server/export/record-schema';
import { importDefinition } from '$lib/server/instruments/import-definition';
import { readOutput } from '$lib/server/instruments/output';
import { facilitatorActor } from '$lib/server/testing/act';
import {
	barrier,
	connectionOutcome,
	joinedParticipant,
	nextPatch,
	sendRaw,
	signedInFacilitator,
	startHarness,
	type Harness,
	type TestClient
} from '$lib/server/testing/realtime-harness';
import { execute } from '$lib/server/workshops/command';
import { importWorkshopRecord } from '$lib/server/workshops/import';
import { createInstrumentWorkshop } from '$lib/server/workshops/workshops';
import { importAnswers } from './commands.server';

let harness: Harness;
beforeEach(async () => {
	harness = await startHarness();
});
afterEach(() => harness.close());

const FIXTURE = readFileSync('tests/instruments/oefeninstrument.yaml', 'utf8');
const schema = (name: string) =>
	JSON.parse(readFileSync(`tests/instruments/schemas/${name}.v2.schema.json`, 'utf8'));

function instrument() {
	const result = importDefinition(FIXTURE, 'oefeninstrument.yaml');
	if (!result.ok) throw new Error(result.error);
	return result.instrument;
}

// Steps: 1 check-in, 2 values, 3 Inleiding, 4 Deel 1, 5 Deel 2, 6 Deel 3, 7 Deel 4, 8 decision,
// 9 action list.
async function room() {
	const { facilitator, cookie } = await signedInFacilitator();
	const workshop = createInstrumentWorkshop(
		facilitator.id,
		{
			title: 'Slimme verkeerslichten',
			organisation: 'Gemeente Voorbeeldstad',
			caseDescription: '',
			scheduledOn: '2026-12-07',
			language: 'nl'
		},
		instrument()
	);
	const connect = async (view: 'dashboard' | 'participant' | 'beamer', as: string) => {
		const client = harness.connect({ workshopId: workshop.id, view }, as);
		expect(await connectionOutcome(client)).toBe('connected');
		return client;
	};
	const dashboard = await connect('dashboard', cookie);
	const beamer = await connect('beamer', cookie);
	const phones: Record<string, TestClient> = {};
	for (const [name, seat] of [
		['Anne', 'projectleider'],
		['Bram', 'jurist'],
		['Chris', 'data-scientist'],
		['Dewi', 'jurist']
	] as const) {
		const phone = await connect('participant', joinedParticipant(workshop.id, name).cookie);
		expect(
			await phone.emitWithAck('profile:set', { perspective: 'internal', role: '', seat } as never)
		).toMatchObject({ ok: true });
		phones[name] = phone;
	}
	return { facilitator, workshop, dashboard, beamer, phones };
}

const act = (client: TestClient, event: string, payload: unknown) =>
	sendRaw(client, event, payload) as Promise<{ ok: boolean; error?: string; data?: unknown }>;

const stateOf = async (client: TestClient) => {
	const sync = (await client.emitWithAck('state:sync', {})) as unknown as {
		ok: true;
		data: { state: Record<string, never> };
	};
	return sync.data.state as unknown as Record<string, unknown> & {
		questions: { step: number; item: string; status: string; roles: string[] }[];
		alerts: { id: string }[];
		research: { item: string; done: boolean }[];
		session: { number: number; ended: boolean; fresh: boolean };
		questionDrafts: { id: string; author?: string; text: string }[];
		questionItems?: { id: string; status: string }[];
	};
};

describe('an instrument, run live', () => {
	it('walks the questions with four phones, skips, stops, holds and carries research to a second session', async () => {
		const { workshop, dashboard, beamer, phones } = await room();
		const { Anne, Bram, Chris, Dewi } = phones as Record<string, TestClient>;
		expect(await act(dashboard, 'step:set', { step: 4 })).toMatchObject({ ok: true });

		// The first item of Deel 1 is current on every screen; the roles it asks are named.
		const first = await stateOf(Anne!);
		expect(first.questions.find((q) => q.step === 4)).toMatchObject({
			item: '1.1.1',
			roles: ['Projectleider']
		});

		// A draft for an item that is not current is refused; a current one reaches the dashboard
		// with the name and the role, not the room (blind until the step is revealed).
		expect(await act(Bram!, 'question:draft', { step: 4, item: '1.2.1', text: 'x' })).toEqual({
			ok: false,
			error: 'WRONG_STEP'
		});
		const heard = nextPatch(dashboard, (op) => op.upsert === 'questionDrafts');
		expect(
			await act(Anne!, 'question:draft', { step: 4, item: '1.1.1', text: 'Files in de binnenstad' })
		).toMatchObject({
			ok: true,
			data: { drafts: { '1.1.1': { text: 'Files in de binnenstad' } } }
		});
		expect((await heard).find((op) => op.upsert === 'questionDrafts')).toMatchObject({
			item: { item: '1.1.1', author: 'Anne', seat: 'projectleider' }
		});
		expect((await stateOf(Bram!)).questionDrafts).toEqual([]);
		await barrier(dashboard, Bram!, 4);

		// The facilitator moves on: every phone and the beamer hear the new item.
		const moved = nextPatch(beamer, (op) => op.upsert === 'questions');
		expect(await act(dashboard, 'question:go', { step: 4, item: '1.2.1' })).toMatchObject({
			ok: true
		});
		expect((await moved).find((op) => op.upsert === 'questions')).toMatchObject({
			item: { item: '1.2.1', status: 'open', roles: ['Jurist'] }
		});
		expect(
			await act(Bram!, 'question:draft', { step: 4, item: '1.2.1', text: 'Nee', choice: ['false'] })
		).toMatchObject({ ok: true });
		expect(
			await act(Dewi!, 'question:draft', { step: 4, item: '1.2.1', text: '', choice: ['maybe'] })
		).toEqual({
			ok: false,
			error: 'INVALID_PAYLOAD'
		});

		// "Yes": the stop holds on every screen, and 1.2.3 is skipped: no draft for it.
		const stopped = nextPatch(Chris!, (op) => op.set === 'alerts');
		expect(await act(dashboard, 'question:agree', { item: '1.2.1', value: 'true' })).toMatchObject({
			ok: true
		});
		expect((await stopped).find((op) => op.set === 'alerts')).toMatchObject({
			value: [{ id: '1.2.2' }]
		});
		expect((await stateOf(beamer)).alerts).toEqual([
			{ id: '1.2.2', title: expect.stringContaining('Stop') }
		]);
		await act(dashboard, 'question:go', { step: 4, item: '1.2.3' });
		expect((await stateOf(Anne!)).questions.find((q) => q.step === 4)?.status).toBe('skipped');
		expect(
			await act(Bram!, 'question:draft', { step: 4, item: '1.2.3', text: 'Grondslag' })
		).toEqual({
			ok: false,
			error: 'SKIPPED'
		});
		// "No" (after all), with considerations and a dissent: the stop is lifted, 1.2.3 is asked.
		expect(
			await act(dashboard, 'question:agree', {
				item: '1.2.1',
				value: 'false',
				considerations: 'Geen biometrie, geen sociale scoring',
				dissent: 'Dewi twijfelt over de camera’s bij kruispunten'
			})
		).toMatchObject({ ok: true });
		const lifted = await stateOf(Anne!);
		expect(lifted.alerts).toEqual([]);
		expect(lifted.questions.find((q) => q.step === 4)).toMatchObject({
			item: '1.2.3',
			status: 'open'
		});
		// Held for research: a commitment with an owner and a due date, the item waits for it.
		const hold = await act(dashboard, 'question:hold', {
			item: '1.2.3',
			text: 'Grondslag uitzoeken met juridische zaken',
			owner: 'Bram',
			dueOn: '2027-01-15'
		});
		expect(hold).toMatchObject({ ok: true });
		expect((await stateOf(beamer)).questions.find((q) => q.step === 4)?.status).toBe('research');
		// Action points: entries of the repeatable item, on the action list.
		await act(dashboard, 'question:go', { step: 4, item: '1.actiepunten.tekst' });
		expect(
			await act(dashboard, 'question:entry', {
				item: '1.actiepunten.tekst',
				text: 'Privacytoets laten doen',
				owner: 'Anne',
				dueOn: '2027-02-01'
			})
		).toMatchObject({ ok: true });
		expect(await act(dashboard, 'question:entry', { item: '1.1.1', text: 'x' })).toEqual({
			ok: false,
			error: 'INVALID_PAYLOAD'
		});
		const commitments = (await stateOf(beamer)).commitments as { text: string; owner: string }[];
		expect(commitments.map((c) => [c.text, c.owner])).toEqual([
			['Grondslag uitzoeken met juridische zaken', 'Bram'],
			['Privacytoets laten doen', 'Anne']
		]);

		// Deel 2: a choice skips one group and asks the other; Deel 3: a multiple choice.
		await act(dashboard, 'step:set', { step: 5 });
		await act(dashboard, 'question:agree', { item: '2.1.1', value: 'zelflerend' });
		const items = (await stateOf(dashboard)).questionItems!;
		expect(items.find((i) => i.id === '2.2B.1')?.status).toBe('open');
		expect(items.find((i) => i.id === '2.2A.1')?.status).toBe('skipped');
		await act(dashboard, 'question:agree', {
			item: '2.3.2',
			value: 'Inwoners en forenzen die de binnenstad in rijden'
		});
		await act(dashboard, 'step:set', { step: 6 });
		await act(dashboard, 'question:go', { step: 6, item: '3.1.1' });
		expect(
			await act(Chris!, 'question:draft', {
				step: 6,
				item: '3.1.1',
				text: 'vooral privacy',
				choice: ['Recht op privacy en gegevensbescherming', 'Recht op bewegingsvrijheid']
			})
		).toMatchObject({ ok: true });
		expect(
			await act(dashboard, 'question:agree', {
				item: '3.1.1',
				value: ['Recht op privacy en gegevensbescherming', 'Recht op gelijke behandeling']
			})
		).toMatchObject({ ok: true });
		expect(
			await act(dashboard, 'question:agree', { item: '3.1.1', value: ['Geen grondrecht'] })
		).toEqual({ ok: false, error: 'INVALID_PAYLOAD' });
		// Revealed: the room sees the drafts, without names.
		await act(dashboard, 'step:flags', { step: 6, revealed: true });
		const drafts = (await stateOf(Bram!)).questionDrafts;
		expect(drafts).toMatchObject([{ text: 'vooral privacy' }]);
		expect(JSON.stringify(drafts)).not.toContain('Chris');
		// A draft changed after the reveal reaches the room as that one draft, under the same key.
		const changed = nextPatch(Bram!, (op) => op.upsert === 'questionDrafts');
		await act(Chris!, 'question:draft', {
			step: 6,
			item: '3.1.1',
			text: 'vooral privacy, en bewegingsvrijheid',
			choice: ['Recht op bewegingsvrijheid']
		});
		const ops = (await changed).filter((op) => op.upsert === 'questionDrafts');
		expect(ops).toEqual([
			{
				upsert: 'questionDrafts',
				item: {
					id: drafts[0]!.id,
					step: 6,
					item: '3.1.1',
					text: 'vooral privacy, en bewegingsvrijheid',
					choice: ['Recht op bewegingsvrijheid']
				}
			}
		]);

		// The session ends part-way: phones are told; a second one starts, and the beamer shows the
		// research of the first until an item is opened.
		await act(dashboard, 'question:session', { action: 'end' });
		expect((await stateOf(Chris!)).session).toMatchObject({ number: 1, ended: true });
		await act(dashboard, 'question:session', { action: 'start' });
		const second = await stateOf(beamer);
		expect(second.session).toEqual({ number: 2, ended: false, fresh: true });
		expect(second.research).toMatchObject([{ item: '1.2.3', done: false }]);
		await act(dashboard, 'question:go', { step: 6, item: '3.1.2' });
		expect((await stateOf(beamer)).session.fresh).toBe(false);

		// The decision: advice under conditions, a residual risk accepted, the room's consent.
		await act(dashboard, 'step:set', { step: 8 });
		expect(await act(dashboard, 'decision:advice', { step: 8, advice: 'conditions' })).toEqual({
			ok: false,
			error: 'INVALID_PAYLOAD'
		});
		expect(
			await act(dashboard, 'decision:advice', {
				step: 8,
				advice: 'conditions',
				conditions: 'Alleen na de privacytoets',
				rationale: 'Doel is legitiem'
			})
		).toMatchObject({ ok: true });
		const risk = await act(dashboard, 'decision:risk', {
			step: 8,
			text: 'Verplaatsing van verkeer naar woonwijken',
			acceptor: 'Wethouder Mobiliteit',
			verdict: 'accepted'
		});
		expect(risk).toMatchObject({ ok: true });
		expect(await act(Anne!, 'consent:set', { step: 8, position: 'agree' })).toMatchObject({
			ok: true
		});
		expect(
			await act(Dewi!, 'consent:set', {
				step: 8,
				position: 'object',
				reason: 'Te weinig zicht op woonwijken'
			})
		).toMatchObject({ ok: true });
		const decided = await stateOf(Bram!);
		expect(decided.decisions).toMatchObject([
			{
				step: 8,
				advice: 'conditions',
				risks: [{ acceptor: 'Wethouder Mobiliteit', verdict: 'accepted' }]
			}
		]);
		expect(decided.consents).toEqual([]);
		expect(workshop.id).toBeTruthy();
	});

	it('hands the answers back in the publisher’s format, the art. 27 summary, the PDF and the archive', async () => {
		const { facilitator, workshop, dashboard } = await room();
		await act(dashboard, 'question:agree', {
			item: '1.1.2',
			value: 'Minder files',
			considerations: 'Meetbaar via reistijden'
		});
		await act(dashboard, 'question:agree', { item: '1.2.1', value: 'false' });
		// Answered while the other branch was chosen: skipped now, so it stays out of the file.
		await act(dashboard, 'question:agree', { item: '2.1.1', value: 'zelflerend' });
		await act(dashboard, 'question:agree', { item: '2.2B.1', value: 'Open verkeersdata' });
		await act(dashboard, 'question:agree', { item: '2.1.1', value: 'regelgebaseerd' });
		await act(dashboard, 'question:agree', { item: '2.3.1', value: 'Het hele jaar, elke dag' });
		await act(dashboard, 'question:agree', {
			item: '2.3.2',
			value: 'Inwoners en forenzen',
			dissent: 'Ook fietsers'
		});
		await act(dashboard, 'question:agree', { item: '2.3.5', value: 'Een klachtenloket' });
		await act(dashboard, 'question:agree', { item: '2.3.6', value: '2027-03-01' });
		await act(dashboard, 'question:agree', {
			item: '3.1.1',
			value: ['Recht op gelijke behandeling']
		});
		await act(dashboard, 'question:entry', {
			item: '2.actiepunten.tekst',
			text: 'DPIA afronden',
			owner: 'Anne',
			dueOn: '2027-02-01'
		});
		const actor = facilitatorActor(facilitator);
		const options = {
			verifyUrl: 'https://gdb.example/verify',
			actor,
			by: facilitator.displayName,
			now: new Date('2026-12-07T15:00:00Z')
		};

		// The answers, as the ministry's tool reads them: keyed by the instrument's own ids.
		const output = JSON.parse(
			(await exportInstrument(workshop.id, 'assessment.json', options))!.body as string
		);
		expect(output.metadata).toMatchObject({
			urn: 'urn:nl:oefeninstrument:1.2',
			createdBy: { name: facilitator.displayName }
		});
		expect(output.answers['1.2.1'].value).toBe('false');
		expect(output.answers['3.1.1'].value).toEqual(['Recht op gelijke behandeling']);
		expect(output.answers['1.1.2'].value).toBe(
			'Minder files\n\n— Belangrijkste overwegingen:\nMeetbaar via reistijden'
		);
		expect(output.answers['2.actiepunten.tekst[0]'].value).toBe('DPIA afronden (Anne, 2027-02-01)');
		expect(output.answers).not.toHaveProperty('2.2B.1');
		// The published output schema, checked with ajv. Its answer keys allow digits only
		// ("2.1.3"), while the publisher's own files (the IAMA among them) use ids with letters
		// ("5.A.1", "1.actiepunten.tekst"), which its tool writes as keys too: those keys, and only
		// those, fail; everything else in the file must pass.
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		addFormats(ajv);
		const validate = ajv.compile(schema('assessment-output'));
		validate(output);
		const failing = (validate.errors ?? []).filter(
			(e) => e.keyword !== 'pattern' || !e.instancePath.startsWith('/answers')
		);
		const keyErrors = (validate.errors ?? [])
			.filter((e) => e.keyword === 'propertyNames')
			.map((e) => e.params.propertyName);
		expect(failing.filter((e) => e.keyword !== 'propertyNames')).toEqual([]);
		expect(keyErrors).toEqual(['2.actiepunten.tekst[0]']);
		const { '2.actiepunten.tekst[0]': _entry, ...numeric } = output.answers;
		expect(validate({ ...output, answers: numeric }), JSON.stringify(validate.errors)).toBe(true);
		// And the test instrument is in the published definition format.
		const definition = new Ajv2020({ strict: false });
		expect(definition.validate(schema('assessment-definition'), parseYaml(FIXTURE))).toBe(true);

		// The art. 27 summary: the tagged questions under the six elements.
		const summary = JSON.parse(
			(await exportInstrument(workshop.id, 'art27.json', options))!.body as string
		);
		expect(
			summary.elements.map((e: { element: string; answers: { id: string }[] }) => [
				e.element,
				e.answers.map((a) => a.id)
			])
		).toEqual([
			['a', ['1.1.2']],
			['b', ['2.3.1']],
			['c', ['2.3.2']],
			['d', ['2.3.3']],
			['e', ['2.3.4']],
			['f', []]
		]);
		expect(summary.unassigned).toMatchObject([{ id: '2.3.5', answer: 'Een klachtenloket' }]);
		const dir = mkdtempSync(join(tmpdir(), 'gdb-instrument-'));
		const pdf = await exportInstrument(workshop.id, 'art27.pdf', options);
		writeFileSync(join(dir, 'art27.pdf'), pdf!.body as Uint8Array);
		const art27 = execFileSync('pdftotext', ['-layout', join(dir, 'art27.pdf'), '-']).toString();
		for (const text of [
			'Samenvatting art. 27 AI-verordening',
			'c. De categorieën natuurlijke personen',
			'Inwoners en forenzen',
			'Afwijkend standpunt: Ook fietsers',
			'Nog niet beantwoord',
			pdf!.fingerprint.slice(0, 16)
		]) {
			expect(art27.replace(/\s+/g, ' ')).toContain(text);
		}

		// The workshop's PDF has every part with its answers, and the register draft names the instrument.
		const report = (await exportWorkshop(workshop.id, 'pdf', {
			includeNames: false,
			separator: ';',
			verifyUrl: options.verifyUrl,
			actor
		}))!;
		writeFileSync(join(dir, 'report.pdf'), report.body);
		const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'])
			.toString()
			.replace(/\s+/g, ' ');
		for (const expected of [
			'Oefeninstrument afweging algoritmes',
			'Deel 2 – Wat?',
			'2.2A.1 Hoe zijn de beslisregels',
			'Overgeslagen',
			'Vastgesteld antwoord: Regelgebaseerd',
			'Actiepunten: DPIA afronden — Anne'
		]) {
			expect(text).toContain(expected);
		}
		expect(registerDraft(workshop.id, options.verifyUrl)!.fields.impacttoets.title).toBe(
			'Oefeninstrument afweging algoritmes (versie 1.2), in de groep doorlopen op 7 december 2026'
		);

		// The archive brings the instrument and all that was said back, byte for byte.
		const record = buildWorkshopRecord(workshop.id)!;
		const copy = importWorkshopRecord(facilitator.id, anyRecordSchema.parse(record));
		expect(canonicalJson(buildWorkshopRecord(copy))).toBe(canonicalJson(record));

		// Read back into a fresh workshop of the same instrument: answers, considerations, entries.
		const fresh = createInstrumentWorkshop(
			facilitator.id,
			{
				title: 'Vervolg',
				organisation: 'Gemeente Voorbeeldstad',
				caseDescription: '',
				scheduledOn: '2026-12-14',
				language: 'nl'
			},
			instrument()
		);
		const read = readOutput(JSON.stringify(output), instrument());
		expect(read).toMatchObject({ ok: true, ignored: [] });
		if (!read.ok) return;
		const taken = execute(fresh.id, actor, (ctx) => importAnswers(ctx, read)).result;
		expect(taken).toEqual({ answers: 8, entries: 1 });
		const again = buildWorkshopRecord(fresh.id)!.instrument!;
		expect(again.answers.find((a) => a.item === '1.1.2')).toMatchObject({
			value: 'Minder files',
			considerations: 'Meetbaar via reistijden'
		});
		expect(
			readOutput(
				JSON.stringify({ ...output, metadata: { ...output.metadata, urn: 'urn:nl:iama:2.0' } }),
				instrument()
			)
		).toMatchObject({ ok: false, error: 'output_other_instrument' });
		expect(
			getDb()
				.prepare('SELECT COUNT(*) FROM question_answers WHERE workshop_id = ?')
				.pluck()
				.get(fresh.id)
		).toBe(8);
	});
});
