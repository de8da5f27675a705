-- A consent check's answers: per participant and step, agree / can live with it / object, with a
-- reason (required for an objection). They go with the participant (the retention purge).
CREATE TABLE consent_answers (
	participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
	step INTEGER NOT NULL,
	position TEXT NOT NULL CHECK (position IN ('agree', 'accept', 'object')),
	reason TEXT NOT NULL DEFAULT '',
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (participant_id, step)
) WITHOUT ROWID;
CREATE INDEX consent_answers_by_step ON consent_answers (step, participant_id);
