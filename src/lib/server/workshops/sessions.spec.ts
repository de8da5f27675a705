// Over the sessions: the register of every commitment one facilitates, a follow-up session that
// carries the open commitments with their history, and the progress report that tells their
// course, read back from the PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb } from '../db';
import { calendarFeed, exportProgress } from '../export';
import { verifyFingerprint } from '../export/record';
import { earlierOf } from '$lib/steps/reflection/slice.server';
import { followUpsOf } from '../read-model/chain';
import { continuationsOf, openCommitmentsOf } from '../read-model/commitments';
import { feedWorkshop, statusLinkView } from '../read-model/links';
import { loadWorkshopRows } from '../read-model/load';
import { facilitatorState, participantState, progressOf } from '../read-model/state';
import { filterRegister, registerFilterSchema, registerOf } from '../read-model/register';
import * as c from '../testing/fixtures';
import type { DomainError } from './command';
import { planFollowUp } from './follow-up';
import { purgeExpiredParticipantData } from './retention';

const boss = { kind: 'facilitator', facilitatorId: 'test', displayName: 'Joëlle' } as const;
const day = (iso: string) => Date.parse(`${iso}T09:00:00+01:00`);

beforeEach(() => closeDb());

describe('the register', () => {
	it('lists the commitments of every workshop one facilitates, and filters them', async () => {
		const mine = await c.workshopWithCommitments(['Privacytoets', 'Bewoners informeren', 'Klaar']);
		const other = await c.workshopWithCommitments(['Van een ander']);
		const [a, b, done] = mine.commitments as [string, string, string];
		c.updateCommitment(mine.workshop.id, a, { dueOn: '2027-01-10', owner: 'Zoë' }, 'J');
		c.updateCommitment(mine.workshop.id, b, { dueOn: '2027-03-01', owner: 'Bram' }, 'J');
		c.updateCommitment(mine.workshop.id, done, { dueOn: '2027-01-01', status: 'done' }, 'J');
		c.addCoFacilitator(other.workshop.id, mine.workshop.ownerId);
		const all = registerOf(mine.workshop.ownerId, '2027-02-01');
		expect(all.map((i) => [i.action, i.overdue])).toEqual([
			['Klaar', false],
			['Privacytoets', true],
			['Bewoners informeren', false],
			['Van een ander', false]
		]);
		const filter = (f: Record<string, string>) =>
			filterRegister(all, registerFilterSchema.parse(f)).map((i) => i.action);
		expect(filter({ overdue: '1' })).toEqual(['Privacytoets']);
		expect(filter({ status: 'open_any', owner: 'zoë' })).toEqual(['Privacytoets']);
		expect(filter({ dueBefore: '2027-01-31' })).toEqual(['Klaar', 'Privacytoets']);
		expect(filter({ status: 'nonsense', overdue: 'x' })).toHaveLength(4);
		expect(registerOf(other.workshop.ownerId, '2027-02-01').map((i) => i.action)).toEqual([
			'Van een ander'
		]);
	});
});

describe('a follow-up session', () => {
	it('carries every open commitment with its history, link and feed; the register lists it once', async () => {
		const { workshop, commitments } = await c.workshopWithCommitments([
			'Privacytoets laten doen',
			'Bewoners informeren',
			'Al klaar'
		]);
		const [a, b, done] = commitments as [string, string, string];
		c.updateCommitment(
			workshop.id,
			a,
			{ owner: 'Zoë', dueOn: '2027-01-15', status: 'delayed' },
			'J'
		);
		c.updateCommitment(workshop.id, b, { note: 'Brief is klaar' }, 'J');
		c.updateCommitment(workshop.id, done, { status: 'done' }, 'J');
		const status = c.createStatusLink(workshop.id, a);
		const feed = c.createFeedLink(workshop.id);
		const events = (id: string) => calendarFeed(id, 3)!.match(/^UID:.*$/gm);
		const before = events(workshop.id);
		const planned = planFollowUp(boss, workshop.id, {
			title: 'Vervolg',
			scheduledOn: '2027-02-01'
		});
		if (!planned.ok) throw new Error(planned.reason);
		expect(planned.carried).toBe(2);
		// A subscribed calendar keeps the same event for a carried commitment.
		expect(before).toHaveLength(1);
		expect(events(planned.workshop.id)).toEqual(before);
		const rows = loadWorkshopRows(planned.workshop.id)!;
		expect(rows.workshop.method).toBe('follow-up');
		expect(rows.steps.map((s) => s.kind)).toEqual([
			'opening',
			'status',
			'obstacles',
			'adjust',
			'reflection',
			'closing'
		]);
		expect(
			rows.commitments.map((m) => [m.owner, m.dueOn, m.status, m.note, m.carriedFrom])
		).toEqual([
			['Zoë', '2027-01-15', 'delayed', '', a],
			['', null, 'open', 'Brief is klaar', b]
		]);
		// The owner's link and the calendar now reach the follow-up.
		expect(statusLinkView(status)!.workshopId).toBe(planned.workshop.id);
		expect(feedWorkshop(feed)).toBe(planned.workshop.id);
		const listed = registerOf(workshop.ownerId, '2027-02-01').map((i) => [i.workshopId, i.action]);
		expect(listed).toEqual([
			[planned.workshop.id, 'Privacytoets laten doen'],
			[planned.workshop.id, 'Bewoners informeren'],
			[workshop.id, 'Al klaar']
		]);

		// A follow-up of the follow-up sees both earlier sessions.
		const second = planFollowUp(boss, planned.workshop.id, {
			title: 'Derde',
			scheduledOn: '2027-05-01'
		});
		if (!second.ok) throw new Error(second.reason);
		expect(earlierOf(second.workshop.id).map((s) => s.title)).toEqual([
			'Cameratoezicht',
			'Vervolg'
		]);
	});

	it('is planned once; the rows it carried on are history, read-only, and say where they went', async () => {
		const { workshop, commitments } = await c.workshopWithCommitments(['Privacytoets', 'Brief']);
		const [a, b] = commitments as [string, string];
		c.updateCommitment(workshop.id, a, { status: 'on_track', note: 'Gestart' }, 'J');
		const status = c.createStatusLink(workshop.id, a);
		const plan = () =>
			planFollowUp(boss, workshop.id, { title: 'Vervolg', scheduledOn: '2027-02-01' });
		const planned = plan();
		if (!planned.ok) throw new Error(planned.reason);
		// A second submit, or a second tab, does not make a second home for the same commitments.
		expect(plan()).toEqual({ ok: false, reason: 'already' });
		expect(followUpsOf(workshop.id)).toHaveLength(1);

		// The earlier row cannot change or get a link any more; the follow-up's row can.
		const refused = (fn: () => unknown) => {
			try {
				fn();
			} catch (err) {
				return (err as DomainError).code;
			}
			return 'accepted';
		};
		expect(refused(() => c.updateCommitment(workshop.id, a, { status: 'done' }, 'J'))).toBe(
			'CARRIED'
		);
		expect(refused(() => c.createStatusLink(workshop.id, b))).toBe('CARRIED');
		const carriedA = loadWorkshopRows(planned.workshop.id)!.commitments[0]!.id;
		expect(
			refused(() => c.updateCommitment(planned.workshop.id, carriedA, { status: 'done' }, 'J'))
		).toBe('accepted');
		expect(continuationsOf(workshop.id).get(a)).toMatchObject({ workshopId: planned.workshop.id });
		expect(openCommitmentsOf(workshop.id)).toEqual([]);

		// The owner's status page keeps the course from before the follow-up.
		expect(statusLinkView(status)!.history.map((h) => h.newValue)).toEqual([
			'done',
			'Gestart',
			'on_track'
		]);
		expect(registerOf(workshop.ownerId, '2027-02-01').map((i) => i.workshopId)).toEqual([
			planned.workshop.id,
			planned.workshop.id
		]);
	});

	it('keeps an earlier session’s reflection as blind for the phones as it was in that session', async () => {
		const { workshop } = await c.workshopWithCommitments(['Een']);
		const { participant } = c.addParticipant(workshop.id, 'Zoë');
		c.setReflection(workshop.id, participant.id, 'human_rights', 2, '');
		const planned = planFollowUp(boss, workshop.id, {
			title: 'Vervolg',
			scheduledOn: '2027-02-01'
		});
		if (!planned.ok) throw new Error(planned.reason);
		const earlier = () => {
			const rows = loadWorkshopRows(planned.workshop.id)!;
			return {
				room: participantState(rows, Date.now()).earlier[0]!.reflection,
				dashboard: facilitatorState(rows, Date.now(), progressOf(planned.workshop.id, []))
					.earlier[0]!.reflection
			};
		};
		expect(earlier()).toEqual({ room: {}, dashboard: { human_rights: { mean: 2, count: 1 } } });
		c.revealStep(workshop.id, 6);
		expect(earlier().room).toEqual({ human_rights: { mean: 2, count: 1 } });
	});

	it('is refused for a purged workshop', async () => {
		const { workshop } = await c.workshopWithCommitments(['Een']);
		c.setRetentionDays(workshop.id, 1);
		purgeExpiredParticipantData(day('2026-12-01'));
		expect(planFollowUp(boss, workshop.id, { title: 'V', scheduledOn: '2027-01-01' })).toEqual({
			ok: false,
			reason: 'purged'
		});
		expect(planFollowUp(boss, 'gone', { title: 'V', scheduledOn: '2027-01-01' })).toMatchObject({
			reason: 'not_found'
		});
	});
});

describe('the progress report', () => {
	it('tells each commitment’s course over the sessions, read back from the PDF', async () => {
		const { workshop, commitments } = await c.workshopWithCommitments([
			'Privacytoets laten doen',
			'Bewoners informeren'
		]);
		const [a, b] = commitments as [string, string];
		const { participant } = c.addParticipant(workshop.id, 'Zoë');
		c.setReflection(workshop.id, participant.id, 'human_rights', 2, '');
		c.updateCommitment(workshop.id, a, { owner: 'Zoë', dueOn: '2026-11-01' }, 'J');
		c.updateCommitment(workshop.id, b, { status: 'on_track' }, 'J');
		const planned = planFollowUp(boss, workshop.id, {
			title: 'Vervolg',
			scheduledOn: '2027-01-10'
		});
		if (!planned.ok) throw new Error(planned.reason);
		const followUp = planned.workshop.id;
		const carried = loadWorkshopRows(followUp)!.commitments;
		c.updateCommitment(followUp, carried[1]!.id, { status: 'done' }, 'J');
		c.addCard(followUp, 'obstacle', 'Geen budget voor de privacytoets', null);
		const { participant: later } = c.addParticipant(followUp, 'Zoë');
		c.setReflection(followUp, later.id, 'human_rights', 4, '');

		const file = (await exportProgress(followUp, {
			verifyUrl: 'https://gdb.example/verify',
			actor: { ...boss, facilitatorId: workshop.ownerId }
		}))!;
		const dir = mkdtempSync(join(tmpdir(), 'progress-'));
		writeFileSync(join(dir, 'report.pdf'), file.body);
		const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], {
			encoding: 'utf8'
		});
		expect(text).toContain('Voortgangsrapport');
		expect(text).toContain('Klaar: 1 van 2 (50%)');
		expect(text).toContain('Verlopen (uiterste datum voorbij, niet afgerond): 1 van 2 (50%)');
		expect(text).toMatch(/Privacytoets laten doen/);
		expect(text).toMatch(/Bewoners informeren.*: Open\s.*: Op schema\s.*: Klaar/s);
		expect(text).toContain('Obstakels: Geen budget voor de privacytoets (Vervolg)');
		expect(text).toContain('Mensenrechten');
		expect(text).toContain(file.fingerprint);
		execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, 'report.pdf'), join(dir, 'page')]);
		expect(readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(1);

		const check = verifyFingerprint(file.fingerprint);
		expect(check).toMatchObject({ known: true, current: true });
		c.updateCommitment(followUp, carried[0]!.id, { status: 'blocked' }, 'J');
		expect(verifyFingerprint(file.fingerprint).current).toBe(false);
	});
});
