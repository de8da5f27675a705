-- Organisations and their members' roles (src/lib/server/organisations/). An installation may host
-- several organisations that share nothing: an account belongs to at most one, a workshop made by
-- a member belongs to the member's organisation for good.

CREATE TABLE organisations (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	-- The value of the installation's organisation claim (OIDC_ORGANISATION_CLAIM, else the
	-- issuer) that puts a person who signs in with the provider in this organisation. Set by a
	-- beheerder from their own sign-in, so nobody can claim another organisation's staff.
	sign_in_key TEXT UNIQUE,
	-- The role of someone the provider sends in whose roles claim names none of ours ('none': not
	-- let in; a beheerder adds them).
	default_role TEXT NOT NULL DEFAULT 'begeleider'
		CHECK (default_role IN ('none', 'meekijker', 'begeleider')),
	-- Per role, the values of the roles claim (Entra app roles, or group ids) that give it: JSON
	-- {"beheerder": [...], "begeleider": [...], "meekijker": [...]}.
	role_claims TEXT NOT NULL DEFAULT '{}',
	-- Days after a workshop's date when its participants' data is deleted, for new workshops.
	retention_days INTEGER NOT NULL DEFAULT 365
);

CREATE TABLE organisation_members (
	facilitator_id TEXT PRIMARY KEY REFERENCES facilitators (id) ON DELETE CASCADE,
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	role TEXT NOT NULL CHECK (role IN ('beheerder', 'begeleider', 'meekijker')),
	-- 'claims': the provider's roles claim sets it at every sign-in; 'beheerder': set by hand, and
	-- the claims leave it alone.
	role_source TEXT NOT NULL CHECK (role_source IN ('claims', 'beheerder')),
	added_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX organisation_members_by_organisation ON organisation_members (organisation_id, role);

-- An address a beheerder invited, with a role: its account joins only when it says yes, through
-- the secret link (its token's hash here; the beheerder hands it over, or the app mails it) or,
-- with that address confirmed, on the Organisation page.
CREATE TABLE organisation_invites (
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	email TEXT NOT NULL COLLATE NOCASE,
	role TEXT NOT NULL CHECK (role IN ('beheerder', 'begeleider', 'meekijker')),
	token_hash TEXT NOT NULL UNIQUE,
	invited_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL,
	PRIMARY KEY (organisation_id, email)
) WITHOUT ROWID;
CREATE INDEX organisation_invites_by_email ON organisation_invites (email);

-- Every change a beheerder (or the provider's claims) made to the organisation: who, what, when.
-- Names are copied in, so the log still reads after an account is gone.
CREATE TABLE organisation_audit (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	at INTEGER NOT NULL,
	actor_id TEXT,
	actor_name TEXT NOT NULL,
	action TEXT NOT NULL,
	subject TEXT NOT NULL DEFAULT '',
	detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organisation_audit_by_organisation ON organisation_audit (organisation_id, id);

-- The organisation's own templates, per method: what its members' new workshops start from when
-- they have none of their own.
CREATE TABLE organisation_templates (
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	method TEXT NOT NULL,
	template TEXT NOT NULL,
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (organisation_id, method)
) WITHOUT ROWID;

ALTER TABLE workshops ADD COLUMN organisation_id TEXT REFERENCES organisations (id);
CREATE INDEX workshops_by_organisation ON workshops (organisation_id);

-- The organisation claim's value at this identity's last sign-in, which a beheerder may link
-- their organisation to.
ALTER TABLE facilitator_identities ADD COLUMN organisation_key TEXT;

-- The organisation's own look: its theme's custom properties as the app serves them (read from
-- the file a beheerder uploaded and written out again, never the file as sent), its accent colour
-- for the PDFs, and its logo (PNG or JPEG, as PDFs can carry them). Served by the app itself.
CREATE TABLE organisation_themes (
	organisation_id TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
	css TEXT,
	accent TEXT,
	file_name TEXT,
	logo BLOB,
	logo_type TEXT CHECK (logo_type IN ('image/png', 'image/jpeg')),
	updated_at INTEGER NOT NULL
) WITHOUT ROWID;
