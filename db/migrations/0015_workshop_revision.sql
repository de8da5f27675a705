-- Every command on a workshop counts up its revision (in `execute`, in the same transaction), so
-- what is derived from its whole record (the fingerprint a public check compares) is computed once
-- per revision instead of once per request.
ALTER TABLE workshops ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
