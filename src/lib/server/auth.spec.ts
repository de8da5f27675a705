import { beforeEach, describe, expect, it } from 'vitest';
import {
	DuplicateAccountError,
	SESSION_LIFETIME_MS,
	createFacilitator,
	createSession,
	generateSessionToken,
	invalidateSession,
	validateSessionToken,
	verifyCredentials
} from './auth';
import { closeDb, getDb } from './db';
import { hashToken } from './ids';

beforeEach(() => closeDb());

describe('facilitator accounts', () => {
	it('store an argon2id hash, never the password', async () => {
		await createFacilitator({
			email: 'anne@gemeente.nl',
			displayName: 'Anne',
			password: 'correct horse battery'
		});
		const row = getDb().prepare('SELECT password_hash FROM facilitators').get() as {
			password_hash: string;
		};
		expect(row.password_hash).toMatch(/^\$argon2id\$/);
		expect(row.password_hash).not.toContain('correct horse');
	});

	it('sign in with the right password only', async () => {
		const anne = await createFacilitator({
			email: 'anne@gemeente.nl',
			displayName: 'Anne',
			password: 'correct horse battery'
		});
		expect(await verifyCredentials('anne@gemeente.nl', 'correct horse battery')).toEqual(anne);
		expect(await verifyCredentials('ANNE@gemeente.nl', 'correct horse battery')).toEqual(anne);
		expect(await verifyCredentials('anne@gemeente.nl', 'wrong password!')).toBeNull();
		expect(await verifyCredentials('nobody@gemeente.nl', 'correct horse battery')).toBeNull();
	});

	it('refuse a second account for the same e-mail address, whatever its case', async () => {
		await createFacilitator({
			email: 'anne@gemeente.nl',
			displayName: 'Anne',
			password: 'correct horse battery'
		});
		await expect(
			createFacilitator({
				email: 'Anne@Gemeente.nl',
				displayName: 'Anne 2',
				password: 'another password'
			})
		).rejects.toBeInstanceOf(DuplicateAccountError);
	});
});

describe('sessions', () => {
	async function facilitatorId() {
		return (
			await createFacilitator({
				email: 'bo@provincie.nl',
				displayName: 'Bo',
				password: 'long enough password'
			})
		).id;
	}

	it('keep only the SHA-256 of the token', async () => {
		const token = generateSessionToken();
		const session = createSession(token, await facilitatorId());
		expect(session.id).toBe(hashToken(token));
		expect(session.id).toMatch(/^[0-9a-f]{64}$/);
		const stored = getDb().prepare('SELECT id FROM facilitator_sessions').pluck().all();
		expect(stored).toEqual([session.id]);
		expect(stored).not.toContain(token);
	});

	it('validate, slide forward past half-life, and expire', async () => {
		const id = await facilitatorId();
		const token = generateSessionToken();
		const start = 1_000_000_000_000;
		createSession(token, id, start);

		const early = validateSessionToken(token, start + 1000);
		expect(early.facilitator?.id).toBe(id);
		expect(early.session?.expiresAt).toBe(start + SESSION_LIFETIME_MS);

		const later = start + SESSION_LIFETIME_MS / 2 + 1000;
		expect(validateSessionToken(token, later).session?.expiresAt).toBe(later + SESSION_LIFETIME_MS);

		const expired = validateSessionToken(token, later + SESSION_LIFETIME_MS);
		expect(expired.session).toBeNull();
		expect(getDb().prepare('SELECT COUNT(*) FROM facilitator_sessions').pluck().get()).toBe(0);
	});

	it('end on sign-out and refuse unknown tokens', async () => {
		const token = generateSessionToken();
		const session = createSession(token, await facilitatorId());
		invalidateSession(session.id);
		expect(validateSessionToken(token).session).toBeNull();
		expect(validateSessionToken('not-a-token').facilitator).toBeNull();
	});
});
