import type { Cookies } from '@sveltejs/kit';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from './auth';
import { closeDb } from './db';
import { JOIN_MISSES_PER_ADDRESS } from './rate-limit';
import { lookUpJoinCode } from './join-code-route';
import { joinAs } from './testing/act';
import { participantCookieName } from './workshops/participants';
import { createWorkshop } from './workshops/workshops';

beforeEach(() => closeDb());

const jar = (cookies: Record<string, string> = {}) =>
	({ get: (name: string) => cookies[name] }) as unknown as Cookies;
const NAT = '192.0.2.1';

async function workshop() {
	const owner = await createFacilitator({
		email: `b${Math.random()}@gemeente.nl`,
		displayName: 'Begeleider',
		password: 'a long test password'
	});
	return createWorkshop(owner.id, {
		title: 'Slimme lantaarnpalen',
		organisation: 'Gemeente Zwolle',
		caseDescription: '',
		scheduledOn: '2026-12-01',
		language: 'nl'
	});
}
/** A code that is not a workshop's (the alphabet has no 1 or 0, but these are well-formed). */
const unknownCode = (i: number) => `ZZZ${String(i).padStart(3, '2').replace(/[01]/g, '9')}`;

describe('looking up a join code', () => {
	it('lets a room of 40 behind one address in after each of them mistyped once', async () => {
		const { joinCode } = await workshop();
		for (let i = 0; i < 40; i++) {
			expect(lookUpJoinCode(unknownCode(i), NAT, jar())).toEqual({ ok: false, error: 'unknown' });
			expect(lookUpJoinCode(joinCode, NAT, jar()).ok).toBe(true);
		}
	});

	it('answers a known and an unknown code alike once an address is over the limit', async () => {
		const { joinCode } = await workshop();
		for (let i = 0; i < JOIN_MISSES_PER_ADDRESS.max; i++)
			lookUpJoinCode(unknownCode(i), NAT, jar());
		const known = lookUpJoinCode(joinCode, NAT, jar());
		const unknown = lookUpJoinCode('ZZZZZZ', NAT, jar());
		expect(known).toMatchObject({ ok: false, error: 'rate_limited' });
		expect(unknown).toEqual(known);
		// Another address is not affected.
		expect(lookUpJoinCode(joinCode, '198.51.100.2', jar()).ok).toBe(true);
	});

	it('never keeps out a phone that has joined the workshop, whatever the misses', async () => {
		const first = await workshop();
		const second = await workshop();
		const { token } = joinAs(first.id, 'Zoë');
		for (let i = 0; i < JOIN_MISSES_PER_ADDRESS.max; i++)
			lookUpJoinCode(unknownCode(i), NAT, jar());
		const cookie = { [participantCookieName(first.id)]: token };
		expect(lookUpJoinCode(first.joinCode, NAT, jar(cookie))).toMatchObject({
			ok: true,
			workshop: { id: first.id }
		});
		// Only for that workshop, and only with a real token.
		expect(lookUpJoinCode(second.joinCode, NAT, jar(cookie)).ok).toBe(false);
		const forged = { [participantCookieName(first.id)]: 'x'.repeat(40) };
		expect(lookUpJoinCode(first.joinCode, NAT, jar(forged)).ok).toBe(false);
	});
});
