// Each command checks who acts, whatever door it came through: the dashboard's commands refuse a
// phone, a status link's owner and a job; a phone's commands refuse the facilitator; an owner's
// link reaches only its own commitment. (The socket layer refuses the wrong screen first; these
// are the second line, and the only one for forms, links and jobs.)
import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { FACILITATOR_HANDLERS, PARTICIPANT_HANDLERS } from '../realtime/handlers';
import { joinAs } from '../testing/act';
import { commit, seed } from '../testing/fixtures';
import { DomainError, type Actor } from './command';
import { reportByLink } from './commitments';
import { createWorkshop } from './workshops';

beforeEach(() => closeDb());

async function workshop() {
	const owner = await createFacilitator({
		email: `actor${Math.random()}@gemeente.nl`,
		displayName: 'Begeleider',
		password: 'a long test password'
	});
	return createWorkshop(owner.id, {
		title: 'Cameratoezicht',
		organisation: 'Gemeente',
		caseDescription: '',
		scheduledOn: '2026-12-01',
		language: 'nl'
	});
}

/** What a command does with this actor: refused (FORBIDDEN) or anything else. */
function outcome(workshopId: string, actor: Actor, run: Parameters<typeof seed>[2]) {
	try {
		seed(workshopId, actor, run);
		return 'ran';
	} catch (error) {
		return error instanceof DomainError ? error.code : 'threw';
	}
}

describe('commands', () => {
	it('of the dashboard refuse a phone, a status link and a job', async () => {
		const { id } = await workshop();
		const phone = joinAs(id, 'Zoë');
		const others: Actor[] = [
			{ kind: 'participant', participantId: phone.id },
			{ kind: 'owner', commitmentId: 'x', linkId: 'x' },
			{ kind: 'system', job: 'test' },
			{ kind: 'newcomer' }
		];
		const events = Object.entries(FACILITATOR_HANDLERS);
		expect(events.length).toBeGreaterThan(10);
		for (const [event, handler] of events) {
			for (const actor of others) {
				// Whatever the payload: the actor is checked before anything is read or written.
				const run = (ctx: Parameters<Parameters<typeof seed>[2]>[0]) =>
					handler.command(ctx, {} as never);
				expect(outcome(id, actor, run), `${event} as ${actor.kind}`).toBe('FORBIDDEN');
			}
		}
	});

	it('of a phone refuse the facilitator, a status link and a job', async () => {
		const { id } = await workshop();
		const others: Actor[] = [
			{ kind: 'facilitator', facilitatorId: 'f', displayName: 'Begeleider' },
			{ kind: 'owner', commitmentId: 'x', linkId: 'x' },
			{ kind: 'system', job: 'test' }
		];
		for (const [event, handler] of Object.entries(PARTICIPANT_HANDLERS)) {
			for (const actor of others) {
				const run = (ctx: Parameters<Parameters<typeof seed>[2]>[0]) =>
					handler.command(ctx, { step: 1, commitmentId: 'x', id: 'x' } as never);
				expect(outcome(id, actor, run), `${event} as ${actor.kind}`).toBe('FORBIDDEN');
			}
		}
	});

	it('of a status link reach its own commitment only, and refuse anyone else', async () => {
		const { id } = await workshop();
		const [mine, other] = [
			commit(id, 'Privacytoets laten doen'),
			commit(id, 'Bewoners informeren')
		];
		const report = { status: 'blocked', note: 'Wacht op de FG' } as const;
		const facilitator: Actor = { kind: 'facilitator', facilitatorId: 'f', displayName: 'B' };
		expect(outcome(id, facilitator, (ctx) => reportByLink(ctx, report))).toBe('FORBIDDEN');
		seed(id, { kind: 'owner', commitmentId: mine, linkId: 'l' }, (ctx) =>
			reportByLink(ctx, report)
		);
		const status = (commitmentId: string) =>
			getDb().prepare('SELECT status FROM commitments WHERE id = ?').pluck().get(commitmentId);
		expect([status(mine), status(other)]).toEqual(['blocked', 'open']);
	});
});
