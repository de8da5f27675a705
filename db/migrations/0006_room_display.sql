-- What the beamer shows besides the step: the join panel (large on the first step and small in a
-- corner after it, unless the facilitator shows or hides it), the participants' closing notes
-- (anonymous, only if the facilitator shares them) and a soft chime when time is up (off).
ALTER TABLE workshops ADD COLUMN beamer_join TEXT NOT NULL DEFAULT 'auto'
	CHECK (beamer_join IN ('auto', 'shown', 'hidden'));
ALTER TABLE workshops ADD COLUMN beamer_closing_notes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workshops ADD COLUMN beamer_chime INTEGER NOT NULL DEFAULT 0;
