-- Who issued an export, and where an imported workshop came from: so /verify can tell an original
-- from a copy that was altered and imported under another account.
ALTER TABLE export_fingerprints ADD COLUMN issued_by TEXT REFERENCES facilitators (id) ON DELETE SET NULL;

-- The fingerprint of the archive a workshop was imported from (as that archive's version computes
-- it), when, and the fingerprint of the workshop right after the import (to tell whether it changed).
ALTER TABLE workshops ADD COLUMN imported_from TEXT;
ALTER TABLE workshops ADD COLUMN imported_at INTEGER;
ALTER TABLE workshops ADD COLUMN imported_record TEXT;
