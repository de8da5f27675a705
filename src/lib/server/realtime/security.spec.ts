import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientToServerEvents } from '$lib/realtime/events';
import { ERROR_CODES } from '$lib/vocabulary';
import { getDb } from '../db';
import { Budgets, RATES } from './budget';
import { setBudgets } from './budgets-of';
import { FACILITATOR_HANDLERS, PARTICIPANT_HANDLERS } from './handlers';
import {
	connectionOutcome,
	joinedParticipant,
	sendRaw,
	signedInFacilitator,
	startHarness,
	workshopOf,
	type Harness
} from '../testing/realtime-harness';

let harness: Harness;
beforeEach(async () => {
	harness = await startHarness();
});
afterEach(() => harness.close());

/** Every table's rows, except the rate-limit counters, which hostile traffic is meant to move. */
function dump(): string {
	const db = getDb();
	const tables = db
		.prepare(
			"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('rate_limits') ORDER BY name"
		)
		.pluck()
		.all() as string[];
	return JSON.stringify(
		tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()])
	);
}

async function setup() {
	const { facilitator, cookie } = await signedInFacilitator();
	const workshop = workshopOf(facilitator.id);
	const connect = async (view: 'dashboard' | 'beamer' | 'participant', withCookie: string) => {
		const client = harness.connect({ workshopId: workshop.id, view }, withCookie);
		expect(await connectionOutcome(client)).toBe('connected');
		return client;
	};
	const anne = joinedParticipant(workshop.id, 'Anne');
	const bram = joinedParticipant(workshop.id, 'Bram');
	return {
		workshop,
		dashboard: await connect('dashboard', cookie),
		beamer: await connect('beamer', cookie),
		anne: await connect('participant', anne.cookie),
		bram,
		valueId: getDb()
			.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? LIMIT 1')
			.pluck()
			.get(workshop.id) as string
	};
}

const FACILITATOR_EVENTS = (valueId: string): [keyof ClientToServerEvents, unknown][] => [
	['step:set', { step: 2 }],
	['timer:control', { step: 1, action: 'start' }],
	['step:flags', { step: 1, locked: true }],
	[
		'step:edit',
		{
			number: 1,
			minutes: 5,
			titleNl: 'x',
			titleEn: 'x',
			questionNl: 'x',
			questionEn: 'x',
			notes: ''
		}
	],
	['card:edit', { id: 'card', hidden: true }],
	['card:merge', { sourceId: 'a', targetId: 'b' }],
	['action:add', { text: 'Actie', valueIds: [] }],
	['action:link', { actionId: 'a', valueIds: [] }],
	['action:select', { actionId: 'a', selected: true }],
	['value:select', { valueId, selected: true }],
	[
		'value:edit',
		{
			id: valueId,
			nameNl: 'x',
			nameEn: 'x',
			descriptionNl: '',
			descriptionEn: '',
			principleKey: 'privacy',
			hidden: true
		}
	],
	['value:create', { principleKey: 'human_rights', nameNl: 'x', nameEn: 'x' }],
	['voting:rules', { budget: 9, maxPerValue: 9 }],
	['tension:hide', { id: 't', hidden: true }],
	['commitment:update', { id: 'c', owner: 'x', dueOn: null, status: 'done' }],
	['participant:remove', { participantId: 'p' }],
	['workshop:join-lock', { locked: true }],
	['commitment:add', { text: 'Actie', valueIds: [] }],
	['display:set', { join: 'hidden' }],
	['beamer:page', { delta: 1 }],
	['question:go', { step: 1, item: '1.1' }],
	['question:agree', { item: '1.1', value: 'x' }],
	['question:hold', { item: '1.1', owner: 'x', dueOn: null }],
	['question:entry', { item: '1.1', text: 'x' }],
	['question:session', { action: 'end' }],
	['decision:advice', { step: 1, advice: 'deploy' }],
	['decision:risk', { step: 1, text: 'x' }],
	['decision:risk-remove', { id: 'x' }]
];

describe('authorization of socket events', () => {
	it('covers every facilitator event the server handles', () => {
		expect(
			FACILITATOR_EVENTS('v')
				.map(([event]) => event)
				.sort()
		).toEqual(Object.keys(FACILITATOR_HANDLERS).sort());
	});

	it('refuses every facilitator command from a phone and from the beamer, changing nothing', async () => {
		const { anne, beamer, valueId } = await setup();
		const before = dump();
		for (const [event, payload] of FACILITATOR_EVENTS(valueId)) {
			expect(await sendRaw(anne, event, payload), `${event} from a phone`).toEqual({
				ok: false,
				error: 'FORBIDDEN'
			});
			expect(await sendRaw(beamer, event, payload), `${event} from the beamer`).toEqual({
				ok: false,
				error: 'FORBIDDEN'
			});
		}
		expect(dump()).toBe(before);
	});

	it('gives a participant no way to act for someone else', async () => {
		const { workshop, anne, bram, valueId } = await setup();
		getDb().prepare('UPDATE workshops SET current_step = 3 WHERE id = ?').run(workshop.id);
		const reply = await sendRaw(anne, 'vote:set', {
			valueId,
			dots: 1,
			participantId: bram.participant.id
		});
		expect(reply).toEqual({ ok: false, error: 'INVALID_PAYLOAD' });
		expect(getDb().prepare('SELECT COUNT(*) FROM value_votes').pluck().get()).toBe(0);
	});

	it('disconnects a removed participant, whose cookie then stops working', async () => {
		const { workshop, dashboard } = await setup();
		const carla = joinedParticipant(workshop.id, 'Carla');
		const phone = harness.connect({ workshopId: workshop.id, view: 'participant' }, carla.cookie);
		expect(await connectionOutcome(phone)).toBe('connected');
		const gone = new Promise((resolve) => phone.once('disconnect', resolve));
		expect(
			await sendRaw(dashboard, 'participant:remove', { participantId: carla.participant.id })
		).toEqual({ ok: true, data: null });
		await gone;
		const again = harness.connect({ workshopId: workshop.id, view: 'participant' }, carla.cookie);
		expect(await connectionOutcome(again)).toBe('UNAUTHORIZED');
	});
});

function hostileValues(seed: number): unknown[] {
	let state = seed;
	const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
	const keys = [
		'step',
		'text',
		'clientId',
		'valueId',
		'dots',
		'id',
		'__proto__',
		'constructor',
		'prototype',
		'kind',
		'locked',
		'participantId',
		'$where',
		'toString'
	];
	const scalar = () =>
		pick<unknown>([
			null,
			true,
			false,
			0,
			-1,
			1e308,
			-0,
			2 ** 53,
			3.14,
			'',
			' ',
			'A'.repeat(Math.floor(random() * 5000)),
			'<script>alert(1)</script>',
			"'; DROP TABLE workshops; --",
			'=HYPERLINK("http://x")',
			'\u0000\uFFFF\uD800',
			'1',
			'step'
		]);
	const value = (depth: number): unknown => {
		const kind = random();
		if (depth > 3 || kind < 0.5) return scalar();
		if (kind < 0.75)
			return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
		return Object.fromEntries(
			Array.from({ length: Math.floor(random() * 4) }, () => [pick(keys), value(depth + 1)])
		);
	};
	return Array.from({ length: 60 }, () => value(0));
}

describe('budgets', () => {
	it('refuse a flooding phone cheaply, and leave the other phones and the database alone', async () => {
		const { workshop, dashboard, anne, bram } = await setup();
		expect(await sendRaw(dashboard, 'step:set', { step: 2 })).toMatchObject({ ok: true });
		const other = harness.connect({ workshopId: workshop.id, view: 'participant' }, bram.cookie);
		expect(await connectionOutcome(other)).toBe('connected');
		const before = dump();
		// 300 resyncs and 300 malformed writes at once, as a script would send them.
		const flood = await Promise.all(
			Array.from({ length: 600 }, (_, i) =>
				i % 2 ? sendRaw(anne, 'state:sync', {}) : sendRaw(anne, 'card:add', { junk: i })
			)
		);
		const refused = flood.filter((r) => r.error === 'RATE_LIMITED').length;
		const syncs = flood.filter((r, i) => i % 2 && r.ok).length;
		expect(refused).toBeGreaterThan(550);
		expect(syncs).toBeLessThanOrEqual(RATES.participantSyncs.burst);
		expect(dump()).toBe(before);
		// The other phone is served as before.
		expect(
			await sendRaw(other, 'card:add', {
				clientId: 'other-card-0001',
				kind: 'risk',
				text: 'Datalek'
			})
		).toMatchObject({ ok: true });
	});

	it('give a phone its resyncs back over time, and a phone its writes back', async () => {
		const budgets = new Budgets();
		const t = 1_000_000;
		for (let i = 0; i < RATES.participantSyncs.burst; i++) {
			expect(budgets.take('participantSyncs', 'p1', t)).toBe(true);
		}
		expect(budgets.take('participantSyncs', 'p1', t)).toBe(false);
		expect(budgets.take('participantSyncs', 'p2', t)).toBe(true);
		expect(budgets.take('participantSyncs', 'p1', t + 3000)).toBe(true);
		expect(budgets.take('participantSyncs', 'p1', t + 3000)).toBe(false);
		// A full bucket is forgotten; an empty one is kept.
		expect(budgets.sweep(t + 3000)).toBe(1);
		expect(budgets.sweep(t + 60_000)).toBe(0);
	});
});

describe('fuzzing', () => {
	it('answers thousands of malformed and hostile payloads with clear errors, stays up and changes nothing', async () => {
		const { dashboard, anne } = await setup();
		// This is about validation: no budget stops the payloads before they are read.
		const unlimited = { burst: 1e9, perSecond: 1e9 };
		setBudgets(
			harness.io,
			new Budgets(Object.fromEntries(Object.keys(RATES).map((k) => [k, unlimited])) as typeof RATES)
		);
		const events = [
			...Object.keys(FACILITATOR_HANDLERS),
			...Object.keys(PARTICIPANT_HANDLERS),
			'state:sync',
			'no:such:event'
		];
		const before = dump();
		let answered = 0;
		for (const [index, event] of events.entries()) {
			const payloads = hostileValues(index + 1);
			for (const client of [dashboard, anne]) {
				const replies = await Promise.all(
					payloads.map((payload) => sendRaw(client, event, payload))
				);
				for (const reply of replies) {
					if (event === 'state:sync' && reply.ok) continue;
					expect(reply.ok).toBe(false);
					expect(ERROR_CODES).toContain(reply.error);
					answered++;
				}
				// Extra arguments and a missing ack are refused or ignored, never thrown on.
				expect(await sendRaw(client, event, {}, 'extra')).toMatchObject({ ok: false });
				(client.emit as unknown as (e: string, p: unknown) => void)(event, { step: 3 });
			}
		}
		expect(answered).toBeGreaterThan(2500);
		expect(dump()).toBe(before);
		// Still serving: a real command goes through.
		expect(await sendRaw(dashboard, 'step:set', { step: 2 })).toMatchObject({ ok: true });
	}, 60_000);

	it('drops a socket that sends more than the payload limit, and keeps serving others', async () => {
		const { dashboard, anne } = await setup();
		const dropped = new Promise((resolve) => anne.once('disconnect', resolve));
		(anne.emit as unknown as (e: string, p: unknown) => void)('closing:set', {
			text: 'x'.repeat(200_000)
		});
		expect(await dropped).toBeTruthy();
		expect(await sendRaw(dashboard, 'step:set', { step: 3 })).toMatchObject({ ok: true });
	});
});
