import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { addCard, setVote } from './contributions';
import { addParticipant } from './participants';
import { createWorkshop, purgeExpiredParticipantData, setRetentionDays } from './workshops';

beforeEach(() => closeDb());

describe('retention', () => {
	it('deletes participants and their inputs after the period, keeping anonymous content', async () => {
		const owner = await createFacilitator({
			email: 'r@gemeente.nl',
			displayName: 'R',
			password: 'a long test password'
		});
		const input = { organisation: 'Gemeente', caseDescription: '', language: 'nl' as const };
		const old = createWorkshop(owner.id, { ...input, title: 'Oud', scheduledOn: '2025-01-10' });
		const recent = createWorkshop(owner.id, {
			...input,
			title: 'Recent',
			scheduledOn: '2026-11-01'
		});
		setRetentionDays(old.id, 30);
		setRetentionDays(recent.id, 30);
		for (const workshop of [old, recent]) {
			const { participant } = addParticipant(workshop.id, 'Zoë');
			addCard(workshop.id, 'risk', 'Datalek', {
				participantId: participant.id,
				clientId: 'card-0001'
			});
			const value = getDb()
				.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? LIMIT 1')
				.pluck()
				.get(workshop.id) as string;
			setVote(workshop.id, participant.id, value, 1);
		}
		const now = Date.parse('2026-11-22T12:00:00Z');
		expect(purgeExpiredParticipantData(now)).toBe(1);
		expect(purgeExpiredParticipantData(now)).toBe(0);
		const count = (sql: string, id: string) => getDb().prepare(sql).pluck().get(id);
		expect(count('SELECT COUNT(*) FROM participants WHERE workshop_id = ?', old.id)).toBe(0);
		expect(
			count(
				'SELECT COUNT(*) FROM value_votes v JOIN workshop_values w ON w.id = v.value_id WHERE w.workshop_id = ?',
				old.id
			)
		).toBe(0);
		expect(
			count('SELECT COUNT(*) FROM cards WHERE workshop_id = ? AND added_by IS NULL', old.id)
		).toBe(1);
		expect(count('SELECT COUNT(*) FROM participants WHERE workshop_id = ?', recent.id)).toBe(1);
	});
});
