-- A questions step's tables: per workshop and step the item the room is at (and whether the
-- session has seen one opened); the agreed answers with the main considerations and a dissent;
-- the phones' drafts (they go with the participant); the commitments a question made (a research
-- hold, or an action point of a repeatable item); the instrument's sessions.
CREATE TABLE question_cursor (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	step INTEGER NOT NULL,
	item_id TEXT NOT NULL,
	moved_at INTEGER NOT NULL,
	PRIMARY KEY (workshop_id, step)
) WITHOUT ROWID;

CREATE TABLE question_answers (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	item_id TEXT NOT NULL,
	value TEXT NOT NULL,
	considerations TEXT NOT NULL DEFAULT '',
	dissent TEXT NOT NULL DEFAULT '',
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (workshop_id, item_id)
) WITHOUT ROWID;

CREATE TABLE question_drafts (
	participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	item_id TEXT NOT NULL,
	text TEXT NOT NULL,
	choice TEXT NOT NULL DEFAULT '[]',
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (participant_id, item_id)
) WITHOUT ROWID;
CREATE INDEX question_drafts_by_item ON question_drafts (workshop_id, item_id);

CREATE TABLE question_links (
	commitment_id TEXT PRIMARY KEY REFERENCES commitments (id) ON DELETE CASCADE,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	item_id TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('research', 'entry')),
	created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX question_links_by_item ON question_links (workshop_id, item_id);

CREATE TABLE instrument_sessions (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	number INTEGER NOT NULL,
	started_at INTEGER NOT NULL,
	ended_at INTEGER,
	PRIMARY KEY (workshop_id, number)
) WITHOUT ROWID;
