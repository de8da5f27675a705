-- What changed in a commitment after it was agreed, and which export fingerprints were issued.

CREATE TABLE commitment_history (
	id INTEGER PRIMARY KEY,
	commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
	changed_at INTEGER NOT NULL,
	changed_by TEXT NOT NULL,
	field TEXT NOT NULL CHECK (field IN ('owner', 'due_on', 'status')),
	old_value TEXT,
	new_value TEXT
);
CREATE INDEX commitment_history_by_commitment ON commitment_history (commitment_id, changed_at);

-- Every fingerprint printed on an export, so a copy found later can be checked.
CREATE TABLE export_fingerprints (
	fingerprint TEXT NOT NULL,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	format TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (fingerprint, workshop_id, format)
) WITHOUT ROWID;
CREATE INDEX export_fingerprints_by_fingerprint ON export_fingerprints (fingerprint);
