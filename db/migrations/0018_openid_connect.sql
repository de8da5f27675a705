-- Signing in with the organisation's account (OpenID Connect, src/lib/server/oidc.ts).

-- Which account a provider's subject is: made at the first sign-in, or linked to an existing
-- password account once its owner signed in with the password.
CREATE TABLE facilitator_identities (
	issuer TEXT NOT NULL,
	subject TEXT NOT NULL,
	facilitator_id TEXT NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (issuer, subject)
) WITHOUT ROWID;
CREATE INDEX facilitator_identities_by_facilitator ON facilitator_identities (facilitator_id);

-- A sign-in on its way through the provider: the hash of its state (also in a cookie), its PKCE
-- verifier and nonce; used once, ten minutes at most.
CREATE TABLE oidc_sign_ins (
	state_hash TEXT PRIMARY KEY,
	code_verifier TEXT NOT NULL,
	nonce TEXT NOT NULL,
	return_to TEXT NOT NULL,
	expires_at INTEGER NOT NULL
) WITHOUT ROWID;

-- A provider's subject whose address belongs to a password account: linked only after that
-- account's owner signs in with the password (the link's token, hashed, in the sign-in page's URL).
CREATE TABLE oidc_pending_links (
	token_hash TEXT PRIMARY KEY,
	issuer TEXT NOT NULL,
	subject TEXT NOT NULL,
	facilitator_id TEXT NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
	expires_at INTEGER NOT NULL
) WITHOUT ROWID;

-- The provider's ID token of a session, for signing out at the provider too (id_token_hint).
ALTER TABLE facilitator_sessions ADD COLUMN id_token TEXT;
