import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { execute, type Actor } from '../workshops/command';
import { facilitator, participant } from '../testing/commands';
import { addParticipant, moveRoom as setCurrentStep } from '../testing/fixtures';
import { CORE } from '../workshops/change';
import { createWorkshop } from '../workshops/workshops';
import { patchesFor } from './patches';

beforeEach(() => closeDb());

async function setup() {
	const owner = await createFacilitator({
		email: `patch${Math.random()}@gemeente.nl`,
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
	const anne = addParticipant(workshop.id, 'SECRET-Anne').participant;
	const as = (participantId: string): Actor => ({ kind: 'participant', participantId });
	const me: Actor = { kind: 'facilitator', facilitatorId: owner.id, displayName: 'Begeleider' };
	const valueId = getDb()
		.prepare("SELECT id FROM workshop_values WHERE workshop_id = ? AND name_nl = 'Privacy'")
		.pluck()
		.get(workshop.id) as string;
	return { workshop, anne, as, me, valueId };
}

const json = (value: unknown) => JSON.stringify(value);

describe('patches per audience', () => {
	it('give phones a card without its author, and take a hidden card off their screens', async () => {
		const { workshop, anne, as, me } = await setup();
		setCurrentStep(workshop.id, 2);
		const added = execute(
			workshop.id,
			as(anne.id),
			(ctx) =>
				participant.addCard(ctx, { clientId: 'client-001', kind: 'risk', text: 'SECRET-CARD' }),
			'card:add'
		);
		const patches = patchesFor(workshop.id, added.change);
		expect(patches.dashboard).toEqual([
			{ upsert: 'cards', item: expect.objectContaining({ author: 'SECRET-Anne' }) }
		]);
		expect(json(patches.participants)).not.toContain('SECRET-Anne');
		expect(patches.participants[0]).toMatchObject({
			upsert: 'cards',
			item: { text: 'SECRET-CARD' }
		});
		expect(patches.beamer).toEqual(patches.participants);

		const hidden = execute(workshop.id, me, (ctx) =>
			facilitator.editCard(ctx, { id: added.result.id, hidden: true })
		);
		const afterHiding = patchesFor(workshop.id, hidden.change);
		expect(afterHiding.participants).toEqual([{ remove: 'cards', key: added.result.id }]);
		expect(afterHiding.beamer).toEqual([{ remove: 'cards', key: added.result.id }]);
		expect(afterHiding.dashboard[0]).toMatchObject({ item: { hidden: true, text: 'SECRET-CARD' } });
	});

	it('take a hidden value and a hidden tension off the room’s screens, not the dashboard’s', async () => {
		const { workshop, anne, as, me, valueId } = await setup();
		setCurrentStep(workshop.id, 3);
		const other = getDb()
			.prepare("SELECT id FROM workshop_values WHERE workshop_id = ? AND name_nl != 'Privacy'")
			.pluck()
			.get(workshop.id) as string;
		const tension = execute(
			workshop.id,
			as(anne.id),
			(ctx) =>
				participant.addTension(ctx, {
					clientId: 'client-002',
					valueAId: valueId,
					valueBId: other,
					note: 'SECRET-TENSION'
				}),
			'tension:add'
		).result.id;
		const hideTension = execute(workshop.id, me, (ctx) =>
			facilitator.hideTension(ctx, { id: tension, hidden: true })
		);
		const tensions = patchesFor(workshop.id, hideTension.change);
		expect(tensions.participants).toEqual([{ remove: 'tensions', key: tension }]);
		expect(tensions.beamer).toEqual([{ remove: 'tensions', key: tension }]);
		expect(tensions.dashboard).toEqual([
			{ upsert: 'tensions', item: expect.objectContaining({ id: tension, hidden: true }) }
		]);

		const value = getDb()
			.prepare(
				`SELECT name_nl AS nameNl, name_en AS nameEn, description_nl AS descriptionNl,
				description_en AS descriptionEn, principle_key AS principleKey FROM workshop_values WHERE id = ?`
			)
			.get(valueId) as {
			nameNl: string;
			nameEn: string;
			descriptionNl: string;
			descriptionEn: string;
			principleKey: string;
		};
		const hideValue = execute(workshop.id, me, (ctx) =>
			facilitator.editValue(ctx, { id: valueId, ...value, hidden: true })
		);
		const values = patchesFor(workshop.id, hideValue.change);
		expect(values.participants).toContainEqual({ remove: 'values', key: valueId });
		expect(values.beamer).toContainEqual({ remove: 'values', key: valueId });
		expect(values.dashboard).toContainEqual({
			upsert: 'values',
			item: expect.objectContaining({ id: valueId, hidden: true })
		});
	});

	it('count a profile saved in the opening: "1 of 2 present have introduced themselves"', async () => {
		const { workshop, anne, as } = await setup();
		setCurrentStep(workshop.id, 1);
		const profile = execute(
			workshop.id,
			as(anne.id),
			(ctx) =>
				participant.setProfile(ctx, { perspective: 'external', role: 'Bewoner', seat: null }),
			'profile:set'
		);
		const patches = patchesFor(workshop.id, profile.change, [anne.id, 'someone-else']);
		const progress = { set: 'progress', value: { present: 2, step: 1, done: 1 } };
		expect(patches.beamer).toContainEqual(progress);
		expect(patches.dashboard).toContainEqual(progress);
	});

	it('keep a vote blind: the room learns nothing, the beamer only how many voted', async () => {
		const { workshop, anne, as, me, valueId } = await setup();
		setCurrentStep(workshop.id, 3);
		const vote = execute(
			workshop.id,
			as(anne.id),
			(ctx) => participant.setVote(ctx, { valueId, dots: 2 }),
			'vote:set'
		);
		// Anne and one other are present.
		const blind = patchesFor(workshop.id, vote.change, [anne.id, 'someone-else']);
		expect(blind.participants).toEqual([]);
		expect(blind.beamer).toEqual([{ set: 'progress', value: { present: 2, step: 3, done: 1 } }]);
		expect(blind.dashboard).toContainEqual({
			upsert: 'tallies',
			item: { valueId, dots: 2, voters: 1 }
		});

		const reveal = execute(workshop.id, me, (ctx) =>
			facilitator.setStepFlags(ctx, { step: 3, revealed: true })
		);
		const shown = patchesFor(workshop.id, reveal.change);
		expect(shown.participants).toContainEqual({
			set: 'tallies',
			value: [{ valueId, dots: 2, voters: 1 }]
		});
		expect(patchesFor(workshop.id, vote.change).participants).toEqual([
			{ upsert: 'tallies', item: { valueId, dots: 2, voters: 1 } }
		]);
	});

	it('never give the room notes, volunteers’ names, profiles or closing notes', async () => {
		const { workshop, anne, as, me } = await setup();
		const notes = execute(workshop.id, me, (ctx) =>
			facilitator.editStep(ctx, {
				number: 6,
				minutes: 20,
				titleNl: 'Afspraken',
				titleEn: 'Commitments',
				questionNl: 'Wie?',
				questionEn: 'Who?',
				notes: 'SECRET-NOTES'
			})
		);
		const commitment = execute(workshop.id, me, (ctx) =>
			facilitator.addCommitment(ctx, { text: 'Register bijhouden', valueIds: [] })
		);
		const commitmentId = [...commitment.change.ids(CORE.commitments)][0]!;
		setCurrentStep(workshop.id, 6);
		const writes = [
			execute(
				workshop.id,
				as(anne.id),
				(ctx) => participant.volunteer(ctx, { commitmentId, volunteer: true }),
				'commitment:volunteer'
			),
			execute(
				workshop.id,
				as(anne.id),
				(ctx) => participant.setClosingNote(ctx, { text: 'SECRET-CLOSING' }),
				'closing:set'
			)
		];
		setCurrentStep(workshop.id, 1);
		writes.push(
			execute(
				workshop.id,
				as(anne.id),
				(ctx) =>
					participant.setProfile(ctx, { perspective: 'internal', role: 'SECRET-ROLE', seat: null }),
				'profile:set'
			)
		);
		for (const { change } of [notes, ...writes]) {
			const patches = patchesFor(workshop.id, change);
			for (const room of [patches.participants, patches.beamer]) {
				for (const secret of ['SECRET-NOTES', 'SECRET-Anne', 'SECRET-CLOSING', 'SECRET-ROLE']) {
					expect(json(room)).not.toContain(secret);
				}
			}
			expect(json(patches.dashboard)).toMatch(/SECRET-(NOTES|Anne|CLOSING|ROLE)/);
		}
	});

	it('stay small: hiding one card of 300 sends each phone well under 2 KB', async () => {
		const { workshop, as, me } = await setup();
		setCurrentStep(workshop.id, 2);
		// Ten people writing 30 cards each (one person may add at most 60).
		const writers = Array.from(
			{ length: 10 },
			(_, i) => addParticipant(workshop.id, `Schrijver ${i}`).participant
		);
		let last = '';
		for (let i = 0; i < 300; i++) {
			last = execute(
				workshop.id,
				as(writers[i % 10]!.id),
				(ctx) =>
					participant.addCard(ctx, {
						clientId: `client-${String(i).padStart(4, '0')}`,
						kind: (['stakeholder', 'risk', 'dilemma'] as const)[i % 3]!,
						text: `Kaart ${i}: ${'gegevensbescherming '.repeat(10)}`
					}),
				'card:add'
			).result.id;
		}
		const hide = execute(workshop.id, me, (ctx) =>
			facilitator.editCard(ctx, { id: last, hidden: true })
		);
		const patches = patchesFor(workshop.id, hide.change);
		expect(new TextEncoder().encode(json(patches.participants)).length).toBeLessThan(2048);
		expect(new TextEncoder().encode(json(patches.dashboard)).length).toBeLessThan(2048);
	});
});
