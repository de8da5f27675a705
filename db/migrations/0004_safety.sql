-- Running a workshop safely: co-facilitators, closing the door, removing a participant, and
-- purging participant data after a retention period.

CREATE TABLE workshop_facilitators (
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	facilitator_id TEXT NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
	added_at INTEGER NOT NULL,
	PRIMARY KEY (workshop_id, facilitator_id)
) WITHOUT ROWID;
CREATE INDEX workshop_facilitators_by_facilitator ON workshop_facilitators (facilitator_id);

ALTER TABLE workshops ADD COLUMN join_locked INTEGER NOT NULL DEFAULT 0;
-- Days after the workshop date when participants' names and inputs are deleted.
ALTER TABLE workshops ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 365;
ALTER TABLE workshops ADD COLUMN purged_at INTEGER;

ALTER TABLE participants ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;
