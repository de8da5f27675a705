import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { DomainError, execute } from './command';
import { joinAs } from '../testing/act';
import { setProfile } from './participants';
import { createWorkshop } from './workshops';

beforeEach(() => closeDb());

describe('the perspective a participant brings', () => {
	it('is one of the workshop’s own, or refused', async () => {
		const owner = await createFacilitator({
			email: `p${Math.random()}@gemeente.nl`,
			displayName: 'Begeleider',
			password: 'a long test password'
		});
		const workshop = createWorkshop(owner.id, {
			title: 'Algoritme',
			organisation: 'Gemeente',
			caseDescription: '',
			scheduledOn: '2026-12-01',
			language: 'nl'
		});
		const participant = joinAs(workshop.id, 'Fatima');
		const as = { kind: 'participant', participantId: participant.id } as const;
		const profile = (seat: string | null) =>
			execute(
				workshop.id,
				as,
				(ctx) => setProfile(ctx, { perspective: 'internal', role: 'FG', seat }),
				'profile:set'
			);
		profile('privacy');
		const seatOf = () =>
			getDb().prepare('SELECT seat FROM participants WHERE id = ?').pluck().get(participant.id);
		expect(seatOf()).toBe('privacy');
		expect(() => profile('not-a-seat')).toThrow(DomainError);
		expect(seatOf()).toBe('privacy');
	});
});
