-- Everything a workshop produces, and its own editable copy of the CODIO catalogue and step template.

-- The six steps of one workshop: copied from the template, then editable by the facilitator.
CREATE TABLE workshop_steps (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 6),
	title_nl TEXT NOT NULL,
	title_en TEXT NOT NULL,
	question_nl TEXT NOT NULL,
	question_en TEXT NOT NULL,
	facilitator_notes TEXT NOT NULL DEFAULT '',
	-- Timer: planned length, time used before the current run, and when the current run started.
	duration_ms INTEGER NOT NULL,
	elapsed_ms INTEGER NOT NULL DEFAULT 0,
	running_since INTEGER,
	input_locked INTEGER NOT NULL DEFAULT 0,
	results_revealed INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (workshop_id, number)
) WITHOUT ROWID;

ALTER TABLE workshops ADD COLUMN dot_budget INTEGER NOT NULL DEFAULT 5;
ALTER TABLE workshops ADD COLUMN max_dots_per_value INTEGER NOT NULL DEFAULT 2;

ALTER TABLE participants ADD COLUMN perspective TEXT CHECK (perspective IN ('internal', 'external'));
ALTER TABLE participants ADD COLUMN role TEXT NOT NULL DEFAULT '';

-- The catalogue, per workshop: foundations and principles by key, values as editable rows.
CREATE TABLE catalogue_principles (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	key TEXT NOT NULL,
	foundation_key TEXT NOT NULL,
	foundation_nl TEXT NOT NULL,
	foundation_en TEXT NOT NULL,
	name_nl TEXT NOT NULL,
	name_en TEXT NOT NULL,
	position INTEGER NOT NULL,
	PRIMARY KEY (workshop_id, key)
) WITHOUT ROWID;

CREATE TABLE workshop_values (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	principle_key TEXT NOT NULL,
	name_nl TEXT NOT NULL,
	name_en TEXT NOT NULL,
	description_nl TEXT NOT NULL DEFAULT '',
	description_en TEXT NOT NULL DEFAULT '',
	position INTEGER NOT NULL,
	hidden INTEGER NOT NULL DEFAULT 0,
	selected INTEGER NOT NULL DEFAULT 0,
	-- Set when a participant added the value in step 3.
	added_by TEXT REFERENCES participants (id) ON DELETE SET NULL,
	client_id TEXT,
	created_at INTEGER NOT NULL,
	FOREIGN KEY (workshop_id, principle_key) REFERENCES catalogue_principles (workshop_id, key)
);
CREATE INDEX workshop_values_by_workshop ON workshop_values (workshop_id, position);
CREATE UNIQUE INDEX workshop_values_idempotent ON workshop_values (added_by, client_id) WHERE client_id IS NOT NULL;

-- Dot votes: how many dots a participant put on a value.
CREATE TABLE value_votes (
	participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
	value_id TEXT NOT NULL REFERENCES workshop_values (id) ON DELETE CASCADE,
	dots INTEGER NOT NULL CHECK (dots > 0),
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (participant_id, value_id)
) WITHOUT ROWID;

CREATE TABLE value_tensions (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	value_a_id TEXT NOT NULL REFERENCES workshop_values (id) ON DELETE CASCADE,
	value_b_id TEXT NOT NULL REFERENCES workshop_values (id) ON DELETE CASCADE,
	note TEXT NOT NULL DEFAULT '',
	added_by TEXT REFERENCES participants (id) ON DELETE SET NULL,
	client_id TEXT,
	hidden INTEGER NOT NULL DEFAULT 0,
	created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX value_tensions_idempotent ON value_tensions (added_by, client_id) WHERE client_id IS NOT NULL;

-- Cards: stakeholders, risks and dilemmas (step 2) and actions (step 4).
CREATE TABLE cards (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	kind TEXT NOT NULL CHECK (kind IN ('stakeholder', 'risk', 'dilemma', 'action')),
	text TEXT NOT NULL,
	cluster TEXT NOT NULL DEFAULT '',
	hidden INTEGER NOT NULL DEFAULT 0,
	merged_into TEXT REFERENCES cards (id) ON DELETE SET NULL,
	-- For actions: chosen in step 5 to become a commitment.
	selected INTEGER NOT NULL DEFAULT 0,
	added_by TEXT REFERENCES participants (id) ON DELETE SET NULL,
	client_id TEXT,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
);
CREATE INDEX cards_by_workshop ON cards (workshop_id, kind, created_at);
CREATE UNIQUE INDEX cards_idempotent ON cards (added_by, client_id) WHERE client_id IS NOT NULL;

CREATE TABLE action_values (
	action_id TEXT NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
	value_id TEXT NOT NULL REFERENCES workshop_values (id) ON DELETE CASCADE,
	PRIMARY KEY (action_id, value_id)
) WITHOUT ROWID;

-- Step 5: each participant rates each action on necessity and importance, 1 to 5.
CREATE TABLE action_ratings (
	participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
	action_id TEXT NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
	necessity INTEGER NOT NULL CHECK (necessity BETWEEN 1 AND 5),
	importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 5),
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (participant_id, action_id)
) WITHOUT ROWID;

-- Step 6: an agreed action with an owner, a due date and a status.
CREATE TABLE commitments (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	action_id TEXT NOT NULL UNIQUE REFERENCES cards (id) ON DELETE CASCADE,
	owner TEXT NOT NULL DEFAULT '',
	due_on TEXT,
	status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
);

CREATE TABLE commitment_volunteers (
	commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
	participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (commitment_id, participant_id)
) WITHOUT ROWID;

-- Step 6: how well each principle is safeguarded today (1 to 5), with a comment.
CREATE TABLE reflections (
	participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
	principle_key TEXT NOT NULL,
	score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
	comment TEXT NOT NULL DEFAULT '',
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (participant_id, principle_key)
) WITHOUT ROWID;

CREATE TABLE closing_notes (
	participant_id TEXT PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
	text TEXT NOT NULL,
	updated_at INTEGER NOT NULL
);
