-- Instruments as data. An account's library holds the instruments it imported from their
-- publishers' files (the IAMA, a DPIA, ...), one version per URN (a newer one replaces it, after a
-- diff); the installation's own (INSTRUMENTS_DIR, read at start) have no account. A workshop made
-- from an instrument keeps its own copy, with the part each of its steps walks, so a newer version
-- in the library changes no workshop that ran.
CREATE TABLE instruments (
	id TEXT PRIMARY KEY,
	facilitator_id TEXT REFERENCES facilitators (id) ON DELETE CASCADE,
	urn TEXT NOT NULL,
	version TEXT NOT NULL,
	name TEXT NOT NULL,
	definition TEXT NOT NULL,
	sha256 TEXT NOT NULL,
	imported_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX instruments_by_owner ON instruments (ifnull(facilitator_id, ''), urn);

CREATE TABLE workshop_instruments (
	workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
	definition TEXT NOT NULL,
	-- [{ "step": 2, "part": "1" }, ...]: which part of the instrument each step walks.
	parts TEXT NOT NULL
) WITHOUT ROWID;
