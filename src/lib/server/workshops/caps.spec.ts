import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { CAPS, checkCap } from './caps';
import { DomainError, execute, type Actor } from './command';
import { joinAs, moveRoom } from '../testing/act';
import * as cards from './cards';
import { createWorkshop } from './workshops';

beforeEach(() => closeDb());

async function setup() {
	const owner = await createFacilitator({
		email: `cap${Math.random()}@gemeente.nl`,
		displayName: 'Begeleider',
		password: 'a long test password'
	});
	const workshop = createWorkshop(owner.id, {
		title: 'Cameratoezicht',
		organisation: 'Gemeente',
		caseDescription: '',
		scheduledOn: '2026-12-01',
		language: 'nl'
	});
	moveRoom(workshop.id, 2);
	const as = (participantId: string): Actor => ({ kind: 'participant', participantId });
	return { workshop, as };
}

const card = (clientId: string) => ({
	clientId,
	kind: 'risk' as const,
	text: `Risico ${clientId}`
});

describe('caps', () => {
	it('stop one participant at their cap, without refusing a retry of what they stored', async () => {
		const { workshop, as } = await setup();
		const zoe = joinAs(workshop.id, 'Zoë');
		const add = (clientId: string) =>
			execute(workshop.id, as(zoe.id), (ctx) => cards.addCard(ctx, card(clientId)), 'card:add');
		for (let i = 0; i < CAPS.cards.perParticipant; i++) add(`card-${String(i).padStart(4, '0')}`);
		expect(() => add('card-one-too-many')).toThrow(new DomainError('LIMIT_REACHED'));
		// The first card again (its answer was lost): the same card, not a refusal.
		const first = getDb()
			.prepare("SELECT id FROM cards WHERE client_id = 'card-0000'")
			.pluck()
			.get() as string;
		expect(add('card-0000').result).toEqual({ id: first });
		// Someone else can still write.
		const bram = joinAs(workshop.id, 'Bram');
		expect(() =>
			execute(workshop.id, as(bram.id), (ctx) => cards.addCard(ctx, card('bram-0001')), 'card:add')
		).not.toThrow();
	});

	it('stop a whole workshop at its cap, whoever writes', async () => {
		const { workshop, as } = await setup();
		const small = {
			...CAPS,
			cards: { perParticipant: 100, perWorkshop: 5 }
		};
		const people = Array.from({ length: 3 }, (_, i) => joinAs(workshop.id, `P${i}`));
		for (let i = 0; i < 5; i++) {
			const author = { participantId: people[i % 3]!.id, clientId: `c-${i}` };
			checkCap('cards', workshop.id, author, small);
			execute(
				workshop.id,
				as(author.participantId),
				(ctx) => cards.addCard(ctx, card(author.clientId)),
				'card:add'
			);
		}
		expect(() =>
			checkCap('cards', workshop.id, { participantId: people[2]!.id, clientId: 'c-new' }, small)
		).toThrow(new DomainError('LIMIT_REACHED'));
		// Catalogue values do not count against participants' own values.
		expect(() =>
			checkCap('workshop_values', workshop.id, { participantId: people[0]!.id, clientId: 'v-1' })
		).not.toThrow();
	});
});
