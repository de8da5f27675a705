// A consent check, end to end on the server: a workshop whose template has a consent step, a
// dashboard and two phones over real sockets, the answers blind until revealed, the documents and
// the archive, and the retention purge. Written with the kind, in its folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import miniTest from '$lib/methods/mini-test';
import { getDb } from '$lib/server/db';
import { exportWorkshop } from '$lib/server/export';
import { buildWorkshopRecord, canonicalJson } from '$lib/server/export/record';
import { anyRecordSchema } from '$lib/server/export/record-schema';
import { saveDefaultTemplate, templateOfMethod } from '$lib/server/library/templates';
import { facilitatorActor } from '$lib/server/testing/act';
import { setRetentionDays } from '$lib/server/testing/fixtures';
import {
	barrier,
	connectionOutcome,
	joinedParticipant,
	nextPatch,
	signedInFacilitator,
	startHarness,
	type Harness,
	type TestClient
} from '$lib/server/testing/realtime-harness';
import { importWorkshopRecord } from '$lib/server/workshops/import';
import { purgeExpiredParticipantData } from '$lib/server/workshops/retention';
import { createWorkshop } from '$lib/server/workshops/workshops';

let harness: Harness;
beforeEach(async () => {
	harness = await startHarness();
});
afterEach(() => harness.close());

const PROPOSAL = 'Camera’s alleen bij evenementen, beelden na 28 dagen weg';

/** A facilitator whose template ends with a consent step, and a workshop made from it. */
async function workshopWithConsent() {
	const { facilitator, cookie } = await signedInFacilitator();
	const template = templateOfMethod(miniTest);
	template.steps.push({
		kind: 'consent',
		minutes: 10,
		title: { nl: 'Besluit', en: 'Decision' },
		question: { nl: PROPOSAL, en: PROPOSAL },
		notes: { nl: '', en: '' }
	});
	saveDefaultTemplate(facilitator.id, template);
	const workshop = createWorkshop(facilitator.id, {
		title: 'Cameratoezicht',
		organisation: 'Gemeente Breda',
		caseDescription: '',
		scheduledOn: '2026-12-01',
		language: 'nl',
		method: 'mini-test'
	});
	const connect = async (view: 'dashboard' | 'participant', as: string) => {
		const client = harness.connect({ workshopId: workshop.id, view }, as);
		expect(await connectionOutcome(client)).toBe('connected');
		return client;
	};
	const dashboard = await connect('dashboard', cookie);
	const beamer = harness.connect({ workshopId: workshop.id, view: 'beamer' }, cookie);
	expect(await connectionOutcome(beamer)).toBe('connected');
	const anne = await connect('participant', joinedParticipant(workshop.id, 'Anne').cookie);
	const bram = await connect('participant', joinedParticipant(workshop.id, 'Bram').cookie);
	expect(await dashboard.emitWithAck('step:set', { step: 4 })).toMatchObject({ ok: true });
	return { facilitator, workshop, dashboard, beamer, anne, bram };
}

const answer = (phone: TestClient, payload: Record<string, unknown>) =>
	phone.emitWithAck('consent:set', payload as never);

describe('a consent check', () => {
	it('takes each phone’s position, blind for the room until revealed, reasons without names', async () => {
		const { workshop, dashboard, beamer, anne, bram } = await workshopWithConsent();
		const heardByBram: Record<string, unknown>[] = [];
		bram.on('state:patch', (patch) => heardByBram.push(...(patch as Record<string, unknown>[])));

		// An objection needs a reason; an answer for another step is refused.
		expect(await answer(bram, { step: 4, position: 'object' })).toEqual({
			ok: false,
			error: 'INVALID_PAYLOAD'
		});
		expect(await answer(bram, { step: 3, position: 'agree' })).toEqual({
			ok: false,
			error: 'WRONG_STEP'
		});
		const onDashboard = nextPatch(dashboard, (op) => op.upsert === 'consents');
		const reply = await answer(anne, { step: 4, position: 'agree' });
		expect(reply).toMatchObject({ ok: true, data: { consent: { 4: { position: 'agree' } } } });
		await onDashboard;
		const objected = nextPatch(dashboard, (op) => op.upsert === 'consents');
		expect(
			await answer(bram, {
				step: 4,
				position: 'object',
				reason: 'Te weinig toezicht op de bewaartermijn'
			})
		).toMatchObject({ ok: true });
		expect((await objected).find((op) => op.upsert === 'consents')).toMatchObject({
			item: {
				step: 4,
				agree: 1,
				accept: 0,
				object: 1,
				reasons: [{ position: 'object', author: 'Bram' }]
			}
		});
		await barrier(dashboard, bram, 4);
		// Not a count, not even a removal: nothing about the answers reaches a phone.
		expect(heardByBram.filter((op) => Object.values(op).includes('consents'))).toEqual([]);
		const blind = await bram.emitWithAck('state:sync', {});
		expect(blind.ok && blind.data.state.consents).toEqual([]);

		// Revealed: the room gets the distribution and the reasons, never who gave them.
		const shown = nextPatch(bram, (op) => op.set === 'consents');
		const onBeamer = nextPatch(beamer, (op) => op.set === 'consents');
		expect(await dashboard.emitWithAck('step:flags', { step: 4, revealed: true })).toMatchObject({
			ok: true
		});
		const reveal = (await shown).find((op) => op.set === 'consents') as { value: unknown[] };
		expect(reveal.value).toEqual([
			{
				id: '4',
				step: 4,
				agree: 1,
				accept: 0,
				object: 1,
				reasons: [{ position: 'object', text: 'Te weinig toezicht op de bewaartermijn' }]
			}
		]);
		expect(JSON.stringify(reveal)).not.toContain('Bram');
		expect((await onBeamer).find((op) => op.set === 'consents')).toEqual(reveal);
		const sync = await bram.emitWithAck('state:sync', {});
		expect(sync.ok && sync.data.state.consents).toHaveLength(1);
		expect(getDb().prepare('SELECT COUNT(*) FROM consent_answers').pluck().get()).toBe(2);
		expect(workshop.id).toBeTruthy();
	});

	it('is in the documents and the archive, comes back on import, and goes with the purge', async () => {
		const { facilitator, workshop, anne, bram } = await workshopWithConsent();
		await answer(anne, {
			step: 4,
			position: 'accept',
			reason: 'Als de evaluatie na een jaar komt'
		});
		await answer(bram, { step: 4, position: 'object', reason: 'Geen toezicht op bewaartermijn' });
		const options = {
			includeNames: false,
			separator: ';' as const,
			verifyUrl: 'https://gdb.example/verify',
			actor: facilitatorActor(facilitator)
		};
		const pdf = (await exportWorkshop(workshop.id, 'pdf', options))!;
		const dir = mkdtempSync(join(tmpdir(), 'gdb-consent-'));
		writeFileSync(join(dir, 'consent.pdf'), pdf.body);
		const text = execFileSync('pdftotext', ['-layout', join(dir, 'consent.pdf'), '-']).toString();
		for (const expected of [
			'Instemming',
			'Besluit',
			'Kan ermee leven',
			'1 deelnemer',
			'Bezwaar: Geen toezicht op bewaartermijn'
		]) {
			expect(text).toContain(expected);
		}
		const markdown = (await exportWorkshop(workshop.id, 'md', options))!.body as string;
		expect(markdown).toContain('## Instemming');
		expect(markdown).toContain('- Akkoord: 0 deelnemers');

		const record = buildWorkshopRecord(workshop.id)!;
		expect(record.consents).toHaveLength(2);
		const copy = importWorkshopRecord(facilitator.id, anyRecordSchema.parse(record));
		expect(canonicalJson(buildWorkshopRecord(copy))).toBe(canonicalJson(record));

		// A workshop without a consent step has no such field: its fingerprint is as it was.
		const plain = createWorkshop(facilitator.id, {
			title: 'Zonder besluit',
			organisation: 'Gemeente Breda',
			caseDescription: '',
			scheduledOn: '2026-12-01',
			language: 'nl',
			method: 'codio'
		});
		expect(buildWorkshopRecord(plain.id)).not.toHaveProperty('consents');

		setRetentionDays(workshop.id, 1);
		purgeExpiredParticipantData(Date.parse('2027-01-01T12:00:00Z'));
		const left = getDb()
			.prepare(
				`SELECT COUNT(*) FROM consent_answers a JOIN participants p ON p.id = a.participant_id
				WHERE p.workshop_id = ?`
			)
			.pluck()
			.get(workshop.id);
		expect(left).toBe(0);
		expect(JSON.stringify(buildWorkshopRecord(workshop.id))).not.toContain('bewaartermijn');
	});
});
