// A method is data: the three-step test method (src/lib/methods/mini-test) runs live and exports
// with no code of its own, and an archive of a method this installation lacks is refused clearly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHODS, methodByKey } from '$lib/methods';
import { STEP_KINDS } from '$lib/steps';
import { getDb } from './db';
import { exportWorkshop } from './export';
import { buildWorkshopRecord } from './export/record';
import { anyRecordSchema } from './export/record-schema';
import { facilitatorActor } from './testing/act';
import { UnknownMethodImportError, importWorkshopRecord } from './workshops/import';
import {
	connectionOutcome,
	joinedParticipant,
	nextEvent,
	signedInFacilitator,
	startHarness,
	type Harness,
	type TestClient
} from './testing/realtime-harness';
import { createWorkshop } from './workshops/workshops';

let harness: Harness;
beforeEach(async () => {
	harness = await startHarness();
});
afterEach(() => harness.close());

const optionsFor = (facilitator: { id: string; displayName: string }) => ({
	includeNames: false,
	separator: ';' as const,
	verifyUrl: 'https://x/verify',
	actor: facilitatorActor(facilitator)
});

async function connected(client: TestClient) {
	expect(await connectionOutcome(client)).toBe('connected');
	return client;
}

describe('methods', () => {
	it('each declare steps of known kinds, in both languages, with a catalogue', () => {
		for (const method of METHODS) {
			expect(method.name.nl && method.name.en).toBeTruthy();
			expect(method.steps.length > 0 || method.fromInstrument).toBe(true);
			for (const step of method.steps) {
				expect(Object.keys(STEP_KINDS)).toContain(step.kind);
				expect(step.title.nl && step.title.en && step.question.nl && step.question.en).toBeTruthy();
			}
			expect(method.catalogue.foundations.length).toBeGreaterThan(0);
		}
		expect(() => methodByKey('brainstorm')).toThrow('Unknown method "brainstorm"');
	});

	it('a three-step method made of data runs live on the dashboard and a phone, and exports', async () => {
		const { facilitator, cookie } = await signedInFacilitator();
		const workshop = createWorkshop(facilitator.id, {
			title: 'Korte sessie',
			organisation: 'Provincie Utrecht',
			caseDescription: 'Sensoren in de openbare ruimte',
			scheduledOn: '2026-12-01',
			language: 'nl',
			method: 'mini-test'
		});
		const dashboard = await connected(
			harness.connect({ workshopId: workshop.id, view: 'dashboard' }, cookie)
		);
		const phone = await connected(
			harness.connect(
				{ workshopId: workshop.id, view: 'participant' },
				joinedParticipant(workshop.id, 'Zoë').cookie
			)
		);
		const sync = await phone.emitWithAck('state:sync', {});
		expect(sync.ok && sync.data.state.steps.map((s) => s.kind)).toEqual([
			'opening',
			'case',
			'commitments'
		]);

		// Step 1 (opening): the phone says who it is.
		expect(
			await phone.emitWithAck('profile:set', { perspective: 'external', role: 'Bewoner' })
		).toMatchObject({ ok: true });
		// Step 2 (case): a card, which only this step's kind takes.
		const moved = nextEvent(phone, 'step:changed');
		expect(await dashboard.emitWithAck('step:set', { step: 2 })).toMatchObject({ ok: true });
		expect((await moved).step).toBe(2);
		const card = { clientId: 'mini-card-1', kind: 'risk', text: 'Sensoren meten te veel' } as const;
		expect(await phone.emitWithAck('card:add', card)).toMatchObject({ ok: true });
		expect(
			await phone.emitWithAck('vote:set', { valueId: 'x', dots: 1 }),
			'a values step is not in this method'
		).toEqual({ ok: false, error: 'WRONG_STEP' });
		// Step 3 (commitments): the facilitator formulates one, the phone volunteers and reflects.
		await dashboard.emitWithAck('step:set', { step: 3 });
		const arrived = nextEvent(phone, 'state:patch');
		expect(
			await dashboard.emitWithAck('commitment:add', { text: 'Privacytoets sensoren', valueIds: [] })
		).toMatchObject({ ok: true });
		const commitment = (await arrived).find(
			(op) => 'upsert' in op && op.upsert === 'commitments'
		) as { item: { id: string } };
		expect(
			await phone.emitWithAck('commitment:volunteer', {
				commitmentId: commitment.item.id,
				volunteer: true
			})
		).toMatchObject({ ok: true });
		expect(
			await phone.emitWithAck('reflection:set', { principleKey: 'participation', score: 2 })
		).toMatchObject({ ok: true });

		// The archive records the method and its kinds; the PDF has exactly its steps' sections.
		const options = optionsFor(facilitator);
		const archive = JSON.parse(
			(await exportWorkshop(workshop.id, 'json', options))!.body as string
		);
		expect(archive).toMatchObject({ version: 2, method: 'mini-test' });
		expect(archive.steps.map((s: { kind: string }) => s.kind)).toEqual([
			'opening',
			'case',
			'commitments'
		]);
		const pdf = (await exportWorkshop(workshop.id, 'pdf', options))!;
		const dir = mkdtempSync(join(tmpdir(), 'gdb-mini-'));
		writeFileSync(join(dir, 'mini.pdf'), pdf.body);
		const text = execFileSync('pdftotext', ['-layout', join(dir, 'mini.pdf'), '-']).toString();
		for (const expected of [
			'Korte sessie',
			'Perspectieven aan tafel',
			'0 intern, 1 extern',
			'Sensoren meten te veel',
			'Privacytoets sensoren',
			'Reflectie per principe'
		]) {
			expect(text).toContain(expected);
		}
		for (const absent of [
			'Gekozen waarden',
			'Acties naar noodzaak en belang',
			'Acties per gekozen waarde'
		]) {
			expect(text).not.toContain(absent);
		}
		const markdown = (await exportWorkshop(workshop.id, 'md', options))!.body as string;
		expect(markdown).toContain('Privacytoets sensoren');
		expect(markdown).not.toContain('## Gekozen waarden');

		// And it imports again as the same method.
		const imported = importWorkshopRecord(facilitator.id, anyRecordSchema.parse(archive));
		expect(buildWorkshopRecord(imported)).toMatchObject({ method: 'mini-test' });
	});

	it('an archive of a method this installation does not know is refused, naming it', async () => {
		const { facilitator } = await signedInFacilitator();
		const workshop = createWorkshop(facilitator.id, {
			title: 'Iets',
			organisation: 'Gemeente',
			caseDescription: '',
			scheduledOn: '2026-12-01',
			language: 'nl'
		});
		const record = { ...buildWorkshopRecord(workshop.id)!, method: 'design-sprint' };
		const count = () => getDb().prepare('SELECT COUNT(*) FROM workshops').pluck().get();
		const before = count();
		const parsed = anyRecordSchema.parse(record);
		expect(() => importWorkshopRecord(facilitator.id, parsed)).toThrow(UnknownMethodImportError);
		expect(() => importWorkshopRecord(facilitator.id, parsed)).toThrow('"design-sprint"');
		expect(count()).toBe(before);
		// A step of an unknown kind does not even parse.
		const badKind = { ...record, method: 'codio', steps: [{ ...record.steps[0]!, kind: 'x' }] };
		expect(anyRecordSchema.safeParse(badKind).success).toBe(false);
	});
});
