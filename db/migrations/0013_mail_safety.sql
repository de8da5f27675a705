-- Mail that cannot be abused. An account may have mail sent in its name (invitations, status
-- links, reminders of its workshops) only once its own address is confirmed: by a link mailed to
-- it, or by accepting a co-facilitator invitation from a confirmed account. Accounts made before
-- this start unconfirmed and are asked to confirm.
ALTER TABLE facilitators ADD COLUMN email_verified_at INTEGER;

-- A confirmation link's token, stored as its hash; for the address the account had when it was
-- sent (a changed address needs a new link).
CREATE TABLE email_confirmations (
	token_hash TEXT PRIMARY KEY,
	facilitator_id TEXT NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
	email TEXT NOT NULL COLLATE NOCASE,
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX email_confirmations_by_account ON email_confirmations (facilitator_id);

-- Every mail the app sent or is sending, to count against the limits: per account, per recipient
-- (a hash of the address, never the address) and per subject (a commitment's status link, an
-- invitation to one workshop). Kept two days.
CREATE TABLE mail_log (
	id INTEGER PRIMARY KEY,
	facilitator_id TEXT REFERENCES facilitators (id) ON DELETE CASCADE,
	recipient_hash TEXT NOT NULL,
	purpose TEXT NOT NULL CHECK (purpose IN ('confirmation', 'invitation', 'status-link', 'reminder')),
	subject_key TEXT,
	sent_at INTEGER NOT NULL
);
CREATE INDEX mail_log_by_account ON mail_log (facilitator_id, sent_at);
CREATE INDEX mail_log_by_recipient ON mail_log (recipient_hash, sent_at);
CREATE INDEX mail_log_by_subject ON mail_log (purpose, subject_key, sent_at);
