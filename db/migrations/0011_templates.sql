-- An account's library: per method, the template (steps and catalogue, as JSON checked on the
-- way in) that its new workshops start from instead of the method as shipped.
CREATE TABLE account_templates (
	facilitator_id TEXT NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
	method TEXT NOT NULL,
	template TEXT NOT NULL,
	updated_at INTEGER NOT NULL,
	PRIMARY KEY (facilitator_id, method)
) WITHOUT ROWID;
