import { describe, expect, it } from 'vitest';
import { closingSlice } from '$lib/steps/closing/slice.server';
import { ratingSlice } from '$lib/steps/rating/slice.server';
import { reflectionSlice } from '$lib/steps/reflection/slice.server';
import { valuesSlice } from '$lib/steps/values/slice.server';
import type { BeamerState, FacilitatorState, ParticipantState } from '$lib/workshop/state';
import type { WorkshopRows } from './load';
import type { StepRow } from './rows';
import { SLICES } from '../kinds';
import type { Slice } from './slice';
import { beamerState, facilitatorState, participantState } from './state';

// Everything only the facilitator may see carries a marker, so a leak shows up wherever it hides.
const SECRET = {
	notes: 'SECRET-NOTES',
	author: 'SECRET-AUTHOR-Anne',
	other: 'SECRET-AUTHOR-Bram',
	role: 'SECRET-ROLE',
	hiddenCard: 'SECRET-HIDDEN-CARD',
	mergedCard: 'SECRET-MERGED-CARD',
	hiddenValue: 'SECRET-HIDDEN-VALUE',
	hiddenTension: 'SECRET-HIDDEN-TENSION',
	closing: 'SECRET-CLOSING'
};
// Blind results, as they would be serialised: a tally of 7 dots, a necessity of 4.5 and an
// importance of 1, a reflection score mean of 3.5.
const BLIND = ['"dots":7', '"mean":4.5', '"mean":1', '"mean":3.5'];

const step = (number: number, kind: StepRow['kind'], revealed = false): StepRow => ({
	number,
	kind,
	titleNl: `Stap ${number}`,
	titleEn: `Step ${number}`,
	questionNl: 'Vraag',
	questionEn: 'Question',
	notes: SECRET.notes,
	durationMs: 600_000,
	elapsedMs: 0,
	runningSince: null,
	locked: 0,
	revealed: revealed ? 1 : 0
});

function rows(revealed: { values?: boolean; rating?: boolean; commitments?: boolean } = {}) {
	const value = (id: string, name: string, hidden = 0) => ({
		id,
		principleKey: 'privacy',
		nameNl: name,
		nameEn: name,
		descriptionNl: '',
		descriptionEn: '',
		hidden: hidden as 0 | 1,
		selected: 0 as const,
		addedBy: null
	});
	const card = (id: string, text: string, extra: Partial<WorkshopRows['cards'][number]> = {}) => ({
		id,
		kind: 'risk' as const,
		text,
		cluster: '',
		hidden: 0 as const,
		mergedInto: null,
		selected: 0 as const,
		addedBy: 'p-anne',
		...extra
	});
	const result: WorkshopRows = {
		seats: [],
		workshop: {
			id: 'w',
			ownerId: 'f',
			facilitator: 'Begeleider',
			title: 'Cameratoezicht',
			organisation: 'Gemeente',
			caseDescription: '',
			scheduledOn: '2026-12-01',
			language: 'nl',
			method: 'codio',
			joinCode: 'ABCDEF',
			currentStep: 1,
			stepChangedAt: 0,
			dotBudget: 5,
			maxDotsPerValue: 2,
			joinLocked: 0,
			retentionDays: 365,
			purgedAt: null,
			createdAt: 0,
			beamerJoin: 'auto',
			beamerClosingNotes: 0,
			beamerChime: 0,
			followsId: null,
			reminderDays: 3,
			purpose: '',
			location: '',
			startsAt: null,
			organisationId: null
		},
		steps: [
			step(1, 'opening'),
			step(2, 'values', revealed.values),
			step(3, 'rating', revealed.rating),
			step(4, 'commitments', revealed.commitments)
		],
		principles: [
			{
				key: 'privacy',
				foundationKey: 'rule_of_law',
				foundationNl: 'Rechtsstaat',
				foundationEn: 'Rule of law',
				nameNl: 'Mensenrechten',
				nameEn: 'Human rights'
			}
		],
		participants: [
			{
				id: 'p-anne',
				displayName: SECRET.author,
				perspective: 'internal',
				role: SECRET.role,
				joinedAt: 0,
				lastSeenAt: 0,
				removed: 0,
				seat: null
			},
			{
				id: 'p-bram',
				displayName: SECRET.other,
				perspective: 'external',
				role: '',
				joinedAt: 1,
				lastSeenAt: 1,
				removed: 0,
				seat: null
			}
		],
		values: [value('v1', 'Privacy'), value('v2', SECRET.hiddenValue, 1)],
		cards: [
			card('c1', 'Zichtbare kaart'),
			card('c2', SECRET.hiddenCard, { hidden: 1 }),
			card('c3', SECRET.mergedCard, { mergedInto: 'c1' }),
			card('a1', 'Een actie', { kind: 'action', addedBy: 'p-bram' })
		],
		links: [{ actionId: 'a1', valueId: 'v1' }],
		commitments: [
			{
				id: 'm1',
				actionId: 'a1',
				owner: 'Team',
				ownerEmail: null,
				dueOn: null,
				status: 'open',
				note: '',
				carriedFrom: null,
				measureUrn: null,
				createdAt: 0
			}
		],
		volunteers: [{ commitmentId: 'm1', participantId: 'p-bram' }],
		history: [],
		// Each kind's rows: these, and for the other kinds those of a workshop that has none.
		kinds: withEveryKind([
			[
				valuesSlice,
				{
					votes: [
						{ participantId: 'p-anne', valueId: 'v1', dots: 2 },
						{ participantId: 'p-bram', valueId: 'v1', dots: 5 }
					],
					tensions: [
						{
							id: 't1',
							valueAId: 'v1',
							valueBId: 'v2',
							note: 'Zichtbaar',
							hidden: 0,
							addedBy: 'p-anne'
						},
						{
							id: 't2',
							valueAId: 'v1',
							valueBId: 'v2',
							note: SECRET.hiddenTension,
							hidden: 1,
							addedBy: 'p-anne'
						}
					]
				}
			],
			[
				ratingSlice,
				{
					ratings: [
						{ participantId: 'p-anne', actionId: 'a1', necessity: 4, importance: 1 },
						{ participantId: 'p-bram', actionId: 'a1', necessity: 5, importance: 1 }
					]
				}
			],
			[
				reflectionSlice,
				{
					reflections: [
						{ participantId: 'p-anne', principleKey: 'privacy', score: 3, comment: '' },
						{ participantId: 'p-bram', principleKey: 'privacy', score: 4, comment: '' }
					],
					earlier: []
				}
			],
			[closingSlice, { notes: [{ participantId: 'p-anne', text: SECRET.closing }] }]
		])
	};
	return result;
}

function withEveryKind(given: [Slice, unknown][]): Map<Slice, unknown> {
	const rows = new Map<Slice, unknown>(given);
	for (const slice of SLICES) if (!rows.has(slice)) rows.set(slice, slice.load('no-such-workshop'));
	return rows;
}

const PROGRESS = { present: 2, step: 2, done: 2 };

/** The markers of what an audience was given that it must not have. */
function leaks(state: ParticipantState | BeamerState, also: string[] = BLIND): string[] {
	const json = JSON.stringify(state);
	return [...Object.values(SECRET), ...also].filter((marker) => json.includes(marker));
}

describe('the phones’ projection', () => {
	it('has no notes, authors, names, roles, volunteers, closing notes or hidden items', () => {
		const state = participantState(rows(), 0);
		expect(leaks(state)).toEqual([]);
		expect(state.steps.every((s) => !('notes' in s))).toBe(true);
		expect(state.cards.every((c) => !('author' in c))).toBe(true);
		expect(state.commitments.every((c) => !('volunteers' in c))).toBe(true);
		expect('profiles' in state || 'closingNotes' in state || 'progress' in state).toBe(false);
		expect(state.cards.map((c) => c.id)).toEqual(['c1', 'a1']);
		expect(state.values.map((v) => v.id)).toEqual(['v1']);
		expect(state.tensions.map((t) => t.id)).toEqual(['t1']);
	});

	it('keeps each result blind until a step that holds it is revealed, and only that one', () => {
		const blind = participantState(rows(), 0);
		expect([blind.tallies, blind.ratings, blind.reflections]).toEqual([null, null, null]);
		const votes = participantState(rows({ values: true }), 0);
		expect(votes.tallies).toEqual([{ valueId: 'v1', dots: 7, voters: 2 }]);
		expect([votes.ratings, votes.reflections]).toEqual([null, null]);
		expect(leaks(votes, BLIND.slice(1))).toEqual([]);
		const all = participantState(rows({ values: true, rating: true, commitments: true }), 0);
		expect(all.ratings?.[0]).toMatchObject({ actionId: 'a1', count: 2 });
		expect(all.reflections).toEqual([
			{ principleKey: 'privacy', count: 2, mean: 3.5, distribution: [0, 0, 1, 1, 0], comments: [] }
		]);
	});
});

describe('the beamer’s projection', () => {
	it('is the phones’ view and how far the room is, nothing more', () => {
		const state = beamerState(rows(), 0, PROGRESS);
		expect(leaks(state)).toEqual([]);
		expect(state.progress).toEqual(PROGRESS);
		expect(state.sharedNotes).toBeNull();
		const { progress: _progress, display: _display, sharedNotes: _notes, ...rest } = state;
		expect(rest).toEqual(participantState(rows(), 0));
	});

	it('shows the closing notes, without names, only while the facilitator shares them', () => {
		const shared = rows();
		shared.workshop.beamerClosingNotes = 1;
		const state = beamerState(shared, 0, PROGRESS);
		expect(state.sharedNotes).toEqual([SECRET.closing]);
		const json = JSON.stringify(state);
		for (const secret of [SECRET.author, SECRET.other, SECRET.notes, SECRET.hiddenCard]) {
			expect(json).not.toContain(secret);
		}
		expect(participantState(shared, 0)).not.toHaveProperty('sharedNotes');
	});
});

describe('the facilitator’s projection', () => {
	it('has everything, results always', () => {
		const state: FacilitatorState = facilitatorState(rows(), 0, PROGRESS);
		const json = JSON.stringify(state);
		for (const marker of [SECRET.notes, SECRET.author, SECRET.hiddenCard, SECRET.closing]) {
			expect(json).toContain(marker);
		}
		expect(state.cards.find((c) => c.id === 'c1')?.author).toBe(SECRET.author);
		expect(state.commitments[0]?.volunteers).toEqual([{ id: 'p-bram', displayName: SECRET.other }]);
		expect(state.tallies).toEqual([{ valueId: 'v1', dots: 7, voters: 2 }]);
		expect(state.profiles.map((p) => p.role)).toContain(SECRET.role);
	});

	it('refuses a step of a kind the app does not know, naming it', () => {
		const broken = rows();
		broken.steps[1] = { ...broken.steps[1]!, kind: 'brainstorm' as StepRow['kind'] };
		expect(() => facilitatorState(broken, 0, PROGRESS)).toThrow('Unknown step kind "brainstorm"');
		expect(() => participantState(broken, 0)).toThrow('Unknown step kind "brainstorm"');
	});
});
