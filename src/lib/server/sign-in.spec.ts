import { beforeEach, describe, expect, it } from 'vitest';
import { createFacilitator } from './auth';
import { closeDb } from './db';
import { MAX_DELAY_MS, signIn, slowDownMs } from './sign-in';

beforeEach(() => closeDb());

const PASSWORD = 'a long test password';
async function account() {
	const email = `eigenaar${Math.random()}@gemeente.nl`;
	await createFacilitator({ email, displayName: 'Eigenaar', password: PASSWORD });
	return email;
}
/** Records the waits instead of sleeping through them. */
function clock() {
	const waits: number[] = [];
	return { waits, wait: async (ms: number) => void waits.push(ms) };
}

describe('signing in', () => {
	it('lets the owner in from their own address after a stranger tried 50 wrong passwords', async () => {
		const email = await account();
		const { waits, wait } = clock();
		let refused = 0;
		for (let i = 0; i < 50; i++) {
			const result = await signIn(email, `wrong ${i}`, '203.0.113.9', wait);
			if (!result.ok && result.error === 'rate_limited') refused++;
		}
		// The stranger's address got 10 tries, then only refusals (no password was even checked).
		expect(refused).toBe(40);
		const owner = await signIn(email, PASSWORD, '198.51.100.7', wait);
		expect(owner.ok).toBe(true);
		// ...but slowed down, never by more than the cap.
		expect(waits.at(-1)).toBe(MAX_DELAY_MS);
	});

	it('refuses an address its 11th wrong password for one account, not the right one from elsewhere', async () => {
		const email = await account();
		const { wait } = clock();
		for (let i = 0; i < 10; i++) {
			expect(await signIn(email, 'wrong', '203.0.113.9', wait)).toEqual({
				ok: false,
				error: 'invalid_credentials'
			});
		}
		expect(await signIn(email, PASSWORD, '203.0.113.9', wait)).toMatchObject({
			ok: false,
			error: 'rate_limited'
		});
		expect((await signIn(email, PASSWORD, '198.51.100.7', wait)).ok).toBe(true);
	});

	it('slows down attempts on an account with many recent failures, doubling up to a cap', async () => {
		expect([0, 4, 5, 6, 7, 8, 9, 40].map(slowDownMs)).toEqual([
			0, 0, 1000, 2000, 4000, 8000, 8000, 8000
		]);
		const email = await account();
		const { waits, wait } = clock();
		// Wrong passwords spread over many addresses: each address stays under its own limit.
		for (let i = 0; i < 8; i++) await signIn(email, 'wrong', `203.0.113.${i}`, wait);
		expect(waits).toEqual([0, 0, 0, 0, 0, 1000, 2000, 4000]);
		// A success starts the count again.
		await signIn(email, PASSWORD, '198.51.100.7', wait);
		await signIn(email, 'wrong', '198.51.100.7', wait);
		expect(waits.slice(-1)).toEqual([0]);
	});
});
