-- Co-facilitators are invited, and accept: an invitation is a secret link for one e-mail address,
-- valid for 14 days, until it is accepted, declined or revoked by the owner.
CREATE TABLE workshop_invitations (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	email TEXT NOT NULL,
	token_hash TEXT NOT NULL UNIQUE,
	invited_by TEXT NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX workshop_invitations_one_per_address ON workshop_invitations (workshop_id, email);
