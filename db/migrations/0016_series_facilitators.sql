-- A series of sessions (a workshop and the follow-ups planned from it, and theirs) has one set of
-- facilitators: adding or removing one on any session does it on every session of the series.
-- Finding a session's follow-ups reads by follows_id.
CREATE INDEX workshops_by_follows_id ON workshops (follows_id);

-- Series whose sessions already differ are left as they are (a migration never widens access);
-- the next addition or removal applies to the whole series.
