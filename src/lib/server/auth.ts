// Facilitator accounts and sessions, the Lucia way (lucia-auth.com "sessions" guide): a random token
// in an httpOnly cookie, only its SHA-256 hash in the database, 30-day expiry that slides forward
// when less than half remains, deleted on sign-out.
import { hash, verify } from '@node-rs/argon2';
import type { Cookies } from '@sveltejs/kit';
import { getDb } from './db';
import { hashToken, newId, newToken } from './ids';

export const SESSION_COOKIE = 'gdb-session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;

// OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export interface Facilitator {
	id: string;
	email: string;
	displayName: string;
	/** Whether the address is confirmed: only then is mail sent in the account's name. */
	emailConfirmed: boolean;
}

export interface Session {
	id: string;
	facilitatorId: string;
	expiresAt: number;
}

export class DuplicateAccountError extends Error {}

function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function createFacilitator(input: {
	email: string;
	displayName: string;
	password: string;
}): Promise<Facilitator> {
	const db = getDb();
	const passwordHash = await hashPassword(input.password);
	const facilitator = {
		id: newId(),
		email: input.email,
		displayName: input.displayName,
		emailConfirmed: false
	};
	try {
		db.prepare(
			'INSERT INTO facilitators (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'
		).run(facilitator.id, facilitator.email, facilitator.displayName, passwordHash, Date.now());
	} catch (error) {
		if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
			throw new DuplicateAccountError(input.email);
		}
		throw error;
	}
	return facilitator;
}

// Verifying against a real hash when the account does not exist keeps the timing of a wrong
// e-mail address and a wrong password alike.
let dummyHash: Promise<string> | undefined;

/** The facilitator for these credentials, or null; the same work is done either way. */
export async function verifyCredentials(
	email: string,
	password: string
): Promise<Facilitator | null> {
	const row = getDb()
		.prepare(
			`SELECT id, email, display_name AS displayName, password_hash AS passwordHash,
				email_verified_at IS NOT NULL AS confirmed FROM facilitators WHERE email = ?`
		)
		.get(email) as
		(Omit<Facilitator, 'emailConfirmed'> & { passwordHash: string; confirmed: 0 | 1 }) | undefined;
	dummyHash ??= hashPassword('not-a-real-password');
	// An account made by an organisation's sign-in has no password ('') and never matches one.
	const hasPassword = Boolean(row?.passwordHash);
	const ok = await verify(hasPassword ? row!.passwordHash : await dummyHash, password);
	if (!row || !ok || !hasPassword) return null;
	return {
		id: row.id,
		email: row.email,
		displayName: row.displayName,
		emailConfirmed: row.confirmed === 1
	};
}

export function generateSessionToken(): string {
	return newToken();
}

/** `idToken`: the organisation's provider's ID token, when it signed the person in (for sign-out). */
export function createSession(
	token: string,
	facilitatorId: string,
	now = Date.now(),
	idToken?: string
): Session {
	const session = { id: hashToken(token), facilitatorId, expiresAt: now + SESSION_LIFETIME_MS };
	getDb()
		.prepare(
			'INSERT INTO facilitator_sessions (id, facilitator_id, expires_at, created_at, id_token) VALUES (?, ?, ?, ?, ?)'
		)
		.run(session.id, session.facilitatorId, session.expiresAt, now, idToken ?? null);
	return session;
}

/** The provider's ID token a session began with, if an organisation's sign-in began it. */
export function idTokenOf(sessionId: string): string | null {
	return (
		(getDb()
			.prepare('SELECT id_token FROM facilitator_sessions WHERE id = ?')
			.pluck()
			.get(sessionId) as string | null | undefined) ?? null
	);
}

type SessionValidation =
	{ session: Session; facilitator: Facilitator } | { session: null; facilitator: null };

/** Looks the token's session up; deletes it when expired, extends it when past half-life. */
export function validateSessionToken(token: string, now = Date.now()): SessionValidation {
	const db = getDb();
	const sessionId = hashToken(token);
	const row = db
		.prepare(
			`SELECT s.id, s.facilitator_id AS facilitatorId, s.expires_at AS expiresAt,
				f.email, f.display_name AS displayName, f.email_verified_at IS NOT NULL AS confirmed
			FROM facilitator_sessions s JOIN facilitators f ON f.id = s.facilitator_id
			WHERE s.id = ?`
		)
		.get(sessionId) as
		(Session & { email: string; displayName: string; confirmed: 0 | 1 }) | undefined;
	if (!row) return { session: null, facilitator: null };
	if (now >= row.expiresAt) {
		invalidateSession(row.id);
		return { session: null, facilitator: null };
	}
	const session: Session = {
		id: row.id,
		facilitatorId: row.facilitatorId,
		expiresAt: row.expiresAt
	};
	if (now >= session.expiresAt - SESSION_LIFETIME_MS / 2) {
		session.expiresAt = now + SESSION_LIFETIME_MS;
		db.prepare('UPDATE facilitator_sessions SET expires_at = ? WHERE id = ?').run(
			session.expiresAt,
			session.id
		);
	}
	return {
		session,
		facilitator: {
			id: row.facilitatorId,
			email: row.email,
			displayName: row.displayName,
			emailConfirmed: row.confirmed === 1
		}
	};
}

export function invalidateSession(sessionId: string): void {
	getDb().prepare('DELETE FROM facilitator_sessions WHERE id = ?').run(sessionId);
}

/** Cookies are `secure` whenever the page itself came over https, so LAN use over http works. */
export function cookieSecurity(url: URL) {
	return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: url.protocol === 'https:' };
}

export function setSessionTokenCookie(
	cookies: Cookies,
	url: URL,
	token: string,
	expiresAt: number
) {
	cookies.set(SESSION_COOKIE, token, { ...cookieSecurity(url), expires: new Date(expiresAt) });
}

export function deleteSessionTokenCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, cookieSecurity(url));
}
