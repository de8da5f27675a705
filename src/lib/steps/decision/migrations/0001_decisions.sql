-- A decision step's record: the advice (deploy, deploy under conditions, do not deploy) with its
-- conditions and reasons, and the residual risks, each with the person responsible who accepts or
-- rejects it. The room's consent check is the consent kind's table.
CREATE TABLE decisions (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	step INTEGER NOT NULL,
	advice TEXT CHECK (advice IN ('deploy', 'conditions', 'no')),
	conditions TEXT NOT NULL DEFAULT '',
	rationale TEXT NOT NULL DEFAULT '',
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (workshop_id, step)
) WITHOUT ROWID;

CREATE TABLE decision_risks (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	step INTEGER NOT NULL,
	text TEXT NOT NULL,
	acceptor TEXT NOT NULL DEFAULT '',
	verdict TEXT NOT NULL DEFAULT 'open' CHECK (verdict IN ('open', 'accepted', 'rejected')),
	created_at INTEGER NOT NULL
);
CREATE INDEX decision_risks_by_workshop ON decision_risks (workshop_id, step, created_at);
