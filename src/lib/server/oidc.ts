// Signing in with the organisation's own account: OpenID Connect's authorization code flow with
// PKCE, state and nonce, through openid-client (a certified relying party: discovery, the token
// request with the configured client authentication, the ID token's signature, issuer, audience,
// expiry and nonce). After the callback the app keeps its own session cookie, as after a password.
// Configured by the installation (README, "Configuration"); off without OIDC_ISSUER.
import * as client from 'openid-client';
import { z } from 'zod';
import { getDb } from './db';
import { hashToken, newId, newToken } from './ids';
import { errorFields, logger } from './log.js';
import { claimValues } from '$lib/organisations';
import { applyClaims } from './organisations/members';

const settingsSchema = z.object({
	OIDC_ISSUER: z.url(),
	OIDC_CLIENT_ID: z.string().min(1),
	OIDC_CLIENT_SECRET: z.string().optional(),
	OIDC_CLIENT_AUTH: z
		.enum(['client_secret_basic', 'client_secret_post', 'none'])
		.default('client_secret_basic'),
	OIDC_SCOPES: z.string().default('openid email profile'),
	/** Which claim is the stable id of a person (Entra ID: `oid`). */
	OIDC_SUBJECT_CLAIM: z.string().default('sub'),
	/** Which claim holds the e-mail address (Entra ID without the optional `email` claim: `preferred_username`). */
	OIDC_EMAIL_CLAIM: z.string().default('email'),
	OIDC_LABEL: z.string().optional(),
	/**
	 * Which claim says which organisation a person is of (Entra ID: `tid`, the tenant); without
	 * it the issuer does (one provider, one organisation). A beheerder links their organisation
	 * to its value.
	 */
	OIDC_ORGANISATION_CLAIM: z.string().optional(),
	/** Which claim carries the person's roles or groups (Entra ID app roles: `roles`). */
	OIDC_ROLES_CLAIM: z.string().default('roles')
});
export type OidcSettings = z.output<typeof settingsSchema>;

function readSettings(): OidcSettings | null {
	if (!process.env.OIDC_ISSUER) return null;
	const parsed = settingsSchema.safeParse(process.env);
	if (!parsed.success) {
		const names = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
		throw new Error(`OpenID Connect settings are incomplete or wrong: ${names}`);
	}
	return parsed.data;
}

// Read once: the environment does not change while the process runs, and the security-headers
// hook asks on every request.
let settings: { value: OidcSettings | null; providerOrigin: string | null } | undefined;

function settingsOnce() {
	if (!settings) {
		const value = readSettings();
		settings = { value, providerOrigin: value ? new URL(value.OIDC_ISSUER).origin : null };
	}
	return settings;
}

/** The installation's OpenID Connect settings, or null when sign-in with an organisation is off. */
export function oidcSettings(): OidcSettings | null {
	return settingsOnce().value;
}

/** The provider's origin (for the CSP's form-action), or null when the sign-in is off. */
export function providerOrigin(): string | null {
	return settingsOnce().providerOrigin;
}

/** Passwords stay available unless PASSWORD_SIGN_IN=off (only with an organisation's sign-in). */
export function passwordSignInEnabled(): boolean {
	return process.env.PASSWORD_SIGN_IN !== 'off';
}

/** Checked at start: a wrong setting stops the server with a sentence, not a 500 at sign-in. */
export function checkSignInSettings(): void {
	const settings = oidcSettings();
	if (!passwordSignInEnabled() && !settings) {
		throw new Error('PASSWORD_SIGN_IN=off needs OIDC_ISSUER: nobody could sign in');
	}
}

export const CALLBACK_PATH = '/login/oidc/callback';
export const STATE_COOKIE = 'gdb-oidc-state';
const SIGN_IN_TTL_MS = 10 * 60 * 1000;
const LINK_TTL_MS = 30 * 60 * 1000;

let discovered: Promise<client.Configuration> | undefined;

/** The provider's configuration, discovered once (again after a failure). */
function configuration(settings: OidcSettings): Promise<client.Configuration> {
	const auth =
		settings.OIDC_CLIENT_AUTH === 'none'
			? client.None()
			: settings.OIDC_CLIENT_AUTH === 'client_secret_post'
				? client.ClientSecretPost(settings.OIDC_CLIENT_SECRET)
				: client.ClientSecretBasic(settings.OIDC_CLIENT_SECRET);
	discovered ??= client
		.discovery(new URL(settings.OIDC_ISSUER), settings.OIDC_CLIENT_ID, undefined, auth)
		.catch((error: unknown) => {
			discovered = undefined;
			throw error;
		});
	return discovered;
}

/** Where the provider is sent the person to sign in, and the state for the browser's cookie. */
export async function startSignIn(
	origin: string,
	returnTo: string,
	now = Date.now()
): Promise<{ url: URL; state: string }> {
	const settings = oidcSettings();
	if (!settings) throw new Error('OpenID Connect is not configured');
	const config = await configuration(settings);
	const verifier = client.randomPKCECodeVerifier();
	const state = client.randomState();
	const nonce = client.randomNonce();
	const db = getDb();
	db.prepare('DELETE FROM oidc_sign_ins WHERE expires_at <= ?').run(now);
	db.prepare(
		'INSERT INTO oidc_sign_ins (state_hash, code_verifier, nonce, return_to, expires_at) VALUES (?, ?, ?, ?, ?)'
	).run(hashToken(state), verifier, nonce, returnTo, now + SIGN_IN_TTL_MS);
	const url = client.buildAuthorizationUrl(config, {
		redirect_uri: `${origin}${CALLBACK_PATH}`,
		scope: settings.OIDC_SCOPES,
		code_challenge: await client.calculatePKCECodeChallenge(verifier),
		code_challenge_method: 'S256',
		state,
		nonce
	});
	return { url, state };
}

export type SignInFailure =
	| 'state_mismatch'
	| 'expired_or_used'
	| 'token_expired'
	| 'wrong_audience'
	| 'provider_refused'
	| 'provider_failed'
	| 'no_email';

export type SignInOutcome =
	| { ok: true; facilitatorId: string; idToken: string | undefined; returnTo: string }
	| { ok: false; link: string }
	| { ok: false; error: SignInFailure };

/** What went wrong, from openid-client's error codes; the log gets the code, never a token. */
function failureOf(error: unknown): SignInFailure {
	const { code } = errorFields(error);
	// openid-client passes oauth4webapi's details on as the cause, or the cause's cause.
	type Cause = { claim?: string; cause?: Cause };
	const cause = (error as { cause?: Cause }).cause;
	const claim = cause?.claim ?? cause?.cause?.claim;
	const oauthError = (error as { error?: string }).error;
	if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return 'token_expired';
	if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'aud') return 'wrong_audience';
	if (oauthError === 'invalid_grant') return 'expired_or_used';
	if (error instanceof client.AuthorizationResponseError) return 'provider_refused';
	return 'provider_failed';
}

/**
 * The provider's answer at the callback: checks the state against the browser's cookie and the
 * stored sign-in (used once), exchanges the code, validates the ID token, and finds, links or
 * makes the account.
 */
export async function finishSignIn(
	currentUrl: URL,
	cookieState: string | undefined,
	now = Date.now()
): Promise<SignInOutcome> {
	const settings = oidcSettings();
	if (!settings) throw new Error('OpenID Connect is not configured');
	const refused = (failure: SignInFailure): SignInOutcome => {
		logger().warn({ failure }, 'organisation sign-in refused');
		return { ok: false, error: failure };
	};
	const state = currentUrl.searchParams.get('state');
	if (!state || !cookieState || state !== cookieState) return refused('state_mismatch');
	const pending = getDb()
		.prepare('DELETE FROM oidc_sign_ins WHERE state_hash = ? RETURNING *')
		.get(hashToken(state)) as
		{ code_verifier: string; nonce: string; return_to: string; expires_at: number } | undefined;
	if (!pending || pending.expires_at <= now) return refused('expired_or_used');

	let claims: client.IDToken;
	let idToken: string | undefined;
	try {
		const config = await configuration(settings);
		const tokens = await client.authorizationCodeGrant(config, currentUrl, {
			pkceCodeVerifier: pending.code_verifier,
			expectedState: state,
			expectedNonce: pending.nonce,
			idTokenExpected: true
		});
		claims = tokens.claims()!;
		idToken = tokens.id_token;
		// Many providers put the address, name, tenant or roles in UserInfo only (OpenID Connect
		// 5.4): ask there for what the ID token lacks, for the same subject.
		const wanted = [
			settings.OIDC_EMAIL_CLAIM,
			'name',
			settings.OIDC_ROLES_CLAIM,
			...(settings.OIDC_ORGANISATION_CLAIM ? [settings.OIDC_ORGANISATION_CLAIM] : [])
		];
		if (
			wanted.some((claim) => claims[claim] === undefined) &&
			config.serverMetadata().userinfo_endpoint
		) {
			const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
			claims = { ...info, ...claims } as client.IDToken;
		}
	} catch (error) {
		const failure = failureOf(error);
		logger().warn({ err: errorFields(error), failure }, 'organisation sign-in refused');
		return { ok: false, error: failure };
	}
	const subject = claims[settings.OIDC_SUBJECT_CLAIM];
	const email = claims[settings.OIDC_EMAIL_CLAIM];
	if (typeof subject !== 'string' || !subject) return refused('provider_failed');
	if (typeof email !== 'string' || !email.includes('@')) return refused('no_email');
	const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email;
	const account = accountFor(
		{
			issuer: claims.iss,
			subject,
			email,
			name: name.slice(0, 80),
			// An organisation's directory vouches for its staff's addresses unless it says otherwise.
			emailVerified: claims.email_verified !== false
		},
		now
	);
	if ('link' in account) return { ok: false, link: account.link };
	joinOrganisation(settings, claims, { id: account.facilitatorId, displayName: name, email }, now);
	return { ok: true, facilitatorId: account.facilitatorId, idToken, returnTo: pending.return_to };
}

/**
 * Keeps the organisation claim's value with the identity (a beheerder may link their organisation
 * to it), and lets the organisation linked to it take the person in with the role its mapping
 * gives their roles claim.
 */
function joinOrganisation(
	settings: OidcSettings,
	claims: client.IDToken,
	account: { id: string; displayName: string; email: string },
	now: number
) {
	const claim = settings.OIDC_ORGANISATION_CLAIM;
	const key = claim ? claims[claim] : claims.iss;
	if (typeof key !== 'string' || !key) return;
	getDb()
		.prepare(
			'UPDATE facilitator_identities SET organisation_key = ? WHERE issuer = ? AND facilitator_id = ?'
		)
		.run(key, claims.iss, account.id);
	// Entra ID sends no groups past about two hundred, only a pointer to them ("overage"): app
	// roles do not have that limit.
	const pointers = claims._claim_names as Record<string, unknown> | undefined;
	if (pointers?.[settings.OIDC_ROLES_CLAIM]) {
		logger().warn({ reason: 'roles_claim_overage' }, 'roles claim too large: use app roles');
	}
	applyClaims(account, key, claimValues(claims[settings.OIDC_ROLES_CLAIM]), now);
}

interface Person {
	issuer: string;
	subject: string;
	email: string;
	name: string;
	emailVerified: boolean;
}

/**
 * The account of a provider's subject: the one linked before; else, when the address belongs to
 * a password account, a link its owner must confirm with the password; else a new account (no
 * password), made now. One transaction.
 */
export function accountFor(
	person: Person,
	now = Date.now()
): { facilitatorId: string } | { link: string } {
	const db = getDb();
	return db
		.transaction(() => {
			const linked = db
				.prepare(
					'SELECT facilitator_id FROM facilitator_identities WHERE issuer = ? AND subject = ?'
				)
				.pluck()
				.get(person.issuer, person.subject) as string | undefined;
			if (linked) return { facilitatorId: linked };
			const existing = db
				.prepare('SELECT id FROM facilitators WHERE email = ?')
				.pluck()
				.get(person.email) as string | undefined;
			if (existing) {
				const link = newToken();
				db.prepare('DELETE FROM oidc_pending_links WHERE expires_at <= ?').run(now);
				db.prepare(
					'INSERT INTO oidc_pending_links (token_hash, issuer, subject, facilitator_id, expires_at) VALUES (?, ?, ?, ?, ?)'
				).run(hashToken(link), person.issuer, person.subject, existing, now + LINK_TTL_MS);
				return { link };
			}
			const id = newId();
			db.prepare(
				`INSERT INTO facilitators (id, email, display_name, password_hash, created_at, email_verified_at)
				 VALUES (?, ?, ?, '', ?, ?)`
			).run(id, person.email, person.name, now, person.emailVerified ? now : null);
			db.prepare(
				'INSERT INTO facilitator_identities (issuer, subject, facilitator_id, created_at) VALUES (?, ?, ?, ?)'
			).run(person.issuer, person.subject, id, now);
			return { facilitatorId: id };
		})
		.immediate();
}

/**
 * After the owner of a password account signed in with the password: links the provider's
 * subject that was waiting for it. False when the link is unknown, expired or for another account.
 */
export function confirmLink(link: string, facilitatorId: string, now = Date.now()): boolean {
	const db = getDb();
	return db.transaction(() => {
		const pending = db
			.prepare(
				'DELETE FROM oidc_pending_links WHERE token_hash = ? AND facilitator_id = ? RETURNING issuer, subject, expires_at'
			)
			.get(hashToken(link), facilitatorId) as
			{ issuer: string; subject: string; expires_at: number } | undefined;
		if (!pending || pending.expires_at <= now) return false;
		db.prepare(
			`INSERT INTO facilitator_identities (issuer, subject, facilitator_id, created_at) VALUES (?, ?, ?, ?)
			 ON CONFLICT (issuer, subject) DO NOTHING`
		).run(pending.issuer, pending.subject, facilitatorId, now);
		// The provider vouches for the address the account already has.
		db.prepare(
			'UPDATE facilitators SET email_verified_at = coalesce(email_verified_at, ?) WHERE id = ?'
		).run(now, facilitatorId);
		return true;
	})();
}

/** Where to send the browser to sign out at the provider too, when it offers that. */
export async function endSessionUrl(idToken: string, origin: string): Promise<URL | null> {
	const settings = oidcSettings();
	if (!settings) return null;
	try {
		const config = await configuration(settings);
		if (!config.serverMetadata().end_session_endpoint) return null;
		return client.buildEndSessionUrl(config, {
			id_token_hint: idToken,
			post_logout_redirect_uri: `${origin}/`
		});
	} catch (error) {
		logger().warn({ err: errorFields(error) }, 'provider sign-out unavailable');
		return null;
	}
}
