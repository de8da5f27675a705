-- Carrying commitments to done: the follow-up's status words (on track, delayed, blocked), a short
-- status note and an owner's e-mail address for reminders, who changed what by which way (the
-- facilitator, the owner's status link, the room in a follow-up session), secret links (an owner's
-- status link, a workshop's calendar feed), which reminders were sent, follow-up sessions (a
-- workshop that follows another, carrying its open commitments) and the cards they write
-- (obstacles, help). Tables are rebuilt the SQLite way.

CREATE TABLE cards_new (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	kind TEXT NOT NULL
		CHECK (kind IN ('stakeholder', 'risk', 'dilemma', 'action', 'obstacle', 'help')),
	text TEXT NOT NULL,
	cluster TEXT NOT NULL DEFAULT '',
	hidden INTEGER NOT NULL DEFAULT 0,
	merged_into TEXT REFERENCES cards (id) ON DELETE SET NULL,
	-- For actions: chosen to become a commitment.
	selected INTEGER NOT NULL DEFAULT 0,
	added_by TEXT REFERENCES participants (id) ON DELETE SET NULL,
	client_id TEXT,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
);
INSERT INTO cards_new SELECT id, workshop_id, kind, text, cluster, hidden, merged_into, selected,
	added_by, client_id, created_at, updated_at FROM cards;
DROP TABLE cards;
ALTER TABLE cards_new RENAME TO cards;
CREATE INDEX cards_by_workshop ON cards (workshop_id, kind, created_at);
CREATE UNIQUE INDEX cards_idempotent ON cards (added_by, client_id) WHERE client_id IS NOT NULL;

-- A follow-up session follows the workshop (or the follow-up) it was planned from.
ALTER TABLE workshops ADD COLUMN follows_id TEXT REFERENCES workshops (id) ON DELETE SET NULL;

CREATE TABLE commitments_new (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	action_id TEXT NOT NULL UNIQUE REFERENCES cards (id) ON DELETE CASCADE,
	owner TEXT NOT NULL DEFAULT '',
	owner_email TEXT,
	due_on TEXT,
	status TEXT NOT NULL DEFAULT 'open'
		CHECK (status IN ('open', 'on_track', 'delayed', 'blocked', 'done', 'dropped')),
	note TEXT NOT NULL DEFAULT '',
	-- A measure of the national Algoritmekader it carries out, by its URN (urn:nl:ak:mtr:...).
	measure_urn TEXT CHECK (measure_urn GLOB 'urn:nl:ak:mtr:*'),
	-- The same commitment in the session it was carried from: its history goes on here.
	carried_from TEXT REFERENCES commitments (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
);
INSERT INTO commitments_new (id, workshop_id, action_id, owner, due_on, status, created_at, updated_at)
SELECT id, workshop_id, action_id, owner, due_on,
	CASE status WHEN 'in_progress' THEN 'on_track' ELSE status END, created_at, updated_at
FROM commitments;
DROP TABLE commitments;
ALTER TABLE commitments_new RENAME TO commitments;
CREATE INDEX commitments_by_workshop ON commitments (workshop_id, created_at);

CREATE TABLE commitment_history_new (
	id INTEGER PRIMARY KEY,
	commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
	changed_at INTEGER NOT NULL,
	changed_by TEXT NOT NULL,
	-- How: on the dashboard or action list, by the owner through a status link, or by a
	-- participant in a follow-up session's status round.
	via TEXT NOT NULL DEFAULT 'facilitator' CHECK (via IN ('facilitator', 'link', 'session')),
	field TEXT NOT NULL
		CHECK (field IN ('owner', 'owner_email', 'due_on', 'status', 'note', 'measure_urn')),
	old_value TEXT,
	new_value TEXT
);
INSERT INTO commitment_history_new (id, commitment_id, changed_at, changed_by, field, old_value, new_value)
SELECT id, commitment_id, changed_at, changed_by, field,
	CASE WHEN field = 'status' AND old_value = 'in_progress' THEN 'on_track' ELSE old_value END,
	CASE WHEN field = 'status' AND new_value = 'in_progress' THEN 'on_track' ELSE new_value END
FROM commitment_history;
DROP TABLE commitment_history;
ALTER TABLE commitment_history_new RENAME TO commitment_history;
CREATE INDEX commitment_history_by_commitment ON commitment_history (commitment_id, changed_at);

-- A secret link: only its hash is kept, so the link is shown once and can be replaced or revoked.
-- `status`: lets one commitment's owner report status and a note, without an account.
-- `feed`: a workshop's subscribable calendar of due dates.
CREATE TABLE secret_links (
	id TEXT PRIMARY KEY,
	purpose TEXT NOT NULL CHECK (purpose IN ('status', 'feed')),
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	commitment_id TEXT REFERENCES commitments (id) ON DELETE CASCADE,
	token_hash TEXT NOT NULL UNIQUE,
	created_at INTEGER NOT NULL,
	created_by TEXT NOT NULL,
	revoked_at INTEGER,
	last_used_at INTEGER,
	CHECK ((purpose = 'status') = (commitment_id IS NOT NULL))
);
CREATE INDEX secret_links_by_workshop ON secret_links (workshop_id, purpose);

-- Reminders by e-mail: how many days before a due date, per workshop; each reminder once per
-- due date (a new due date gets its own).
ALTER TABLE workshops ADD COLUMN reminder_days INTEGER NOT NULL DEFAULT 3
	CHECK (reminder_days BETWEEN 0 AND 60);
CREATE TABLE reminders_sent (
	commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
	kind TEXT NOT NULL CHECK (kind IN ('before', 'overdue')),
	due_on TEXT NOT NULL,
	sent_at INTEGER NOT NULL,
	PRIMARY KEY (commitment_id, kind, due_on)
) WITHOUT ROWID;
