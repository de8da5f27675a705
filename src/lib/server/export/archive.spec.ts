// The JSON archive and the fingerprints every export carries: an archive comes back as the same
// record; a fingerprint is verified until the workshop changes, and an altered copy imported
// elsewhere is told from the original.
import { beforeEach, describe, expect, it } from 'vitest';
import { recordAsVersion1 } from '$lib/schemas/record';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { facilitatorActor } from '../testing/act';
import * as contributions from '../testing/fixtures';
import { commitmentIdOf, options, text, workshopWithOutcome } from '../testing/outcome';
import { importWorkshopRecord } from '../workshops/import';
import { exportWorkshop } from './index';
import {
	buildWorkshopRecord,
	canonicalJson,
	checkFingerprintFrom,
	fingerprintOf,
	verifyFingerprint
} from './record';
import { workshopRecordSchema } from './record-schema';

beforeEach(() => closeDb());

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
		await exportWorkshop(workshop.id, 'csv', options);
		expect(verifyFingerprint(fingerprint)).toMatchObject({
			known: true,
			documents: ['csv', 'pdf'],
			current: true,
			issue: { workshopTitle: 'Cameratoezicht in de binnenstad' },
			imported: null
		});
		// A check builds the record once per change (a command counts the revision up), not per
		// request: a row altered behind the commands' back is not seen until the next command.
		getDb().prepare("UPDATE workshops SET title = 'Anders' WHERE id = ?").run(workshop.id);
		expect(verifyFingerprint(fingerprint)).toMatchObject({ current: true });
		contributions.updateCommitment(
			workshop.id,
			commitments[0]!,
			{ owner: 'Iemand anders', dueOn: null, status: 'done' },
			'Joëlle'
		);
		expect(verifyFingerprint(fingerprint)).toMatchObject({ known: true, current: false });
		expect(verifyFingerprint('0'.repeat(64))).toMatchObject({ known: false });
	});

	it('are checked at most sixty times in ten minutes from one address', async () => {
		const { workshop } = await workshopWithOutcome();
		const { fingerprint } = (await exportWorkshop(workshop.id, 'pdf', options))!;
		for (let i = 0; i < 60; i++) {
			expect(checkFingerprintFrom('192.0.2.7', fingerprint)).toMatchObject({ ok: true });
		}
		expect(checkFingerprintFrom('192.0.2.7', fingerprint)).toMatchObject({
			ok: false,
			retryAfterSeconds: 600
		});
		expect(checkFingerprintFrom('192.0.2.8', fingerprint)).toMatchObject({
			ok: true,
			check: { current: true }
		});
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
