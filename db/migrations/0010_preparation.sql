-- Preparation: a workshop's purpose, place and starting time; the people invited (name, optional
-- e-mail address, role, inside or outside the organisation, the perspective they bring); the
-- perspectives worth having at the table (data the facilitator edits per workshop, "seats"); and
-- which perspective each participant says they bring in the opening.

ALTER TABLE workshops ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE workshops ADD COLUMN location TEXT NOT NULL DEFAULT '';
-- Local time of day the workshop starts, HH:MM (Europe/Amsterdam); null when not planned yet.
ALTER TABLE workshops ADD COLUMN starts_at TEXT CHECK (starts_at GLOB '[0-2][0-9]:[0-5][0-9]');

CREATE TABLE workshop_seats (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	key TEXT NOT NULL,
	name_nl TEXT NOT NULL,
	name_en TEXT NOT NULL,
	position INTEGER NOT NULL,
	PRIMARY KEY (workshop_id, key)
) WITHOUT ROWID;

-- Every workshop so far gets the list the methods ship.
INSERT INTO workshop_seats (workshop_id, key, name_nl, name_en, position)
SELECT w.id, s.column1, s.column2, s.column3, s.column4 FROM workshops w, (VALUES
	('bestuurder', 'Bestuurder', 'Elected official or executive', 1),
	('beleid', 'Beleid', 'Policy', 2),
	('uitvoering', 'Uitvoering', 'Operations', 3),
	('informatiebeveiliging', 'Informatiebeveiliging', 'Information security', 4),
	('privacy', 'Privacy / FG', 'Privacy / DPO', 5),
	('data', 'Data en algoritmen', 'Data and algorithms', 6),
	('juridisch', 'Juridisch', 'Legal', 7),
	('communicatie', 'Communicatie', 'Communications', 8),
	('inwoner', 'Inwoner of belangenorganisatie', 'Resident or advocacy group', 9),
	('leverancier', 'Leverancier', 'Supplier', 10)
) s;

CREATE TABLE invitees (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	name TEXT NOT NULL,
	email TEXT,
	role TEXT NOT NULL DEFAULT '',
	side TEXT CHECK (side IN ('internal', 'external')),
	seat TEXT,
	created_at INTEGER NOT NULL
);
CREATE INDEX invitees_by_workshop ON invitees (workshop_id, created_at);

ALTER TABLE participants ADD COLUMN seat TEXT;
