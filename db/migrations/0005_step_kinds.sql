-- Steps by kind, workshops by method. A workshop's steps are no longer "the six CODIO steps": each
-- step has a kind (opening, case, values, ...) that decides its screens, events and reveal rules,
-- and a workshop records the method (CODIO, follow-up, ...) its steps came from. The limits
-- `BETWEEN 1 AND 6` go; `current_step` must name a step the workshop has.
-- Tables are rebuilt the SQLite way (foreign keys are off while a migration runs, and checked
-- before it commits).

CREATE TABLE workshop_steps_new (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	number INTEGER NOT NULL CHECK (number >= 1),
	kind TEXT NOT NULL,
	title_nl TEXT NOT NULL,
	title_en TEXT NOT NULL,
	question_nl TEXT NOT NULL,
	question_en TEXT NOT NULL,
	facilitator_notes TEXT NOT NULL DEFAULT '',
	duration_ms INTEGER NOT NULL,
	elapsed_ms INTEGER NOT NULL DEFAULT 0,
	running_since INTEGER,
	input_locked INTEGER NOT NULL DEFAULT 0,
	results_revealed INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (workshop_id, number)
) WITHOUT ROWID;

-- Every workshop so far ran the six CODIO steps, in this order.
INSERT INTO workshop_steps_new (workshop_id, number, kind, title_nl, title_en, question_nl,
	question_en, facilitator_notes, duration_ms, elapsed_ms, running_since, input_locked,
	results_revealed)
SELECT workshop_id, number,
	CASE number WHEN 1 THEN 'opening' WHEN 2 THEN 'case' WHEN 3 THEN 'values'
		WHEN 4 THEN 'actions' WHEN 5 THEN 'rating' ELSE 'commitments' END,
	title_nl, title_en, question_nl, question_en, facilitator_notes, duration_ms, elapsed_ms,
	running_since, input_locked, results_revealed
FROM workshop_steps;
DROP TABLE workshop_steps;
ALTER TABLE workshop_steps_new RENAME TO workshop_steps;

CREATE TABLE workshops_new (
	id TEXT PRIMARY KEY,
	owner_id TEXT NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
	title TEXT NOT NULL,
	organisation TEXT NOT NULL,
	case_description TEXT NOT NULL DEFAULT '',
	scheduled_on TEXT NOT NULL,
	language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
	method TEXT NOT NULL DEFAULT 'codio',
	join_code TEXT NOT NULL UNIQUE,
	current_step INTEGER NOT NULL DEFAULT 1 CHECK (current_step >= 1),
	step_changed_at INTEGER NOT NULL,
	created_at INTEGER NOT NULL,
	dot_budget INTEGER NOT NULL DEFAULT 5,
	max_dots_per_value INTEGER NOT NULL DEFAULT 2,
	join_locked INTEGER NOT NULL DEFAULT 0,
	-- Days after the workshop date when participants' names and inputs are deleted.
	retention_days INTEGER NOT NULL DEFAULT 365,
	purged_at INTEGER
);
INSERT INTO workshops_new (id, owner_id, title, organisation, case_description, scheduled_on,
	language, method, join_code, current_step, step_changed_at, created_at, dot_budget,
	max_dots_per_value, join_locked, retention_days, purged_at)
SELECT id, owner_id, title, organisation, case_description, scheduled_on, language, 'codio',
	join_code, current_step, step_changed_at, created_at, dot_budget, max_dots_per_value,
	join_locked, retention_days, purged_at
FROM workshops;
DROP TABLE workshops;
ALTER TABLE workshops_new RENAME TO workshops;
CREATE INDEX workshops_by_owner ON workshops (owner_id, scheduled_on);

-- The current step is one of the workshop's own steps (a new workshop gets its steps right after
-- its row, in the same transaction, so only a change is checked).
CREATE TRIGGER workshops_current_step_exists
BEFORE UPDATE OF current_step ON workshops
WHEN NOT EXISTS (
	SELECT 1 FROM workshop_steps WHERE workshop_id = NEW.id AND number = NEW.current_step
)
BEGIN
	SELECT RAISE(ABORT, 'current_step is not a step of this workshop');
END;

-- The archive's format now records the method and each step's kind (version 2). A fingerprint is
-- checked against the record in the version it was issued in, so earlier ones stay verifiable.
ALTER TABLE export_fingerprints ADD COLUMN record_version INTEGER NOT NULL DEFAULT 1;
