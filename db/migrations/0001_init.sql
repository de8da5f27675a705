-- Facilitators (begeleiders), their sessions, workshops and the participants who joined them.
-- Times are Unix epoch milliseconds.

CREATE TABLE facilitators (
	id TEXT PRIMARY KEY,
	email TEXT NOT NULL UNIQUE COLLATE NOCASE,
	display_name TEXT NOT NULL,
	password_hash TEXT NOT NULL,
	created_at INTEGER NOT NULL
);

-- Lucia-style sessions: the id is the lowercase hex SHA-256 of the cookie token, never the token.
CREATE TABLE facilitator_sessions (
	id TEXT PRIMARY KEY,
	facilitator_id TEXT NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
	expires_at INTEGER NOT NULL,
	created_at INTEGER NOT NULL
);
CREATE INDEX facilitator_sessions_by_facilitator ON facilitator_sessions (facilitator_id);

CREATE TABLE workshops (
	id TEXT PRIMARY KEY,
	owner_id TEXT NOT NULL REFERENCES facilitators (id) ON DELETE CASCADE,
	title TEXT NOT NULL,
	organisation TEXT NOT NULL,
	case_description TEXT NOT NULL DEFAULT '',
	scheduled_on TEXT NOT NULL,
	language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
	join_code TEXT NOT NULL UNIQUE,
	current_step INTEGER NOT NULL DEFAULT 1 CHECK (current_step BETWEEN 1 AND 6),
	step_changed_at INTEGER NOT NULL,
	created_at INTEGER NOT NULL
);
CREATE INDEX workshops_by_owner ON workshops (owner_id, scheduled_on);

-- A participant is known by a random token in a cookie scoped to one workshop; only its hash is kept.
CREATE TABLE participants (
	id TEXT PRIMARY KEY,
	workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
	display_name TEXT NOT NULL,
	token_hash TEXT NOT NULL UNIQUE,
	joined_at INTEGER NOT NULL,
	last_seen_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX participants_unique_name ON participants (workshop_id, display_name COLLATE NOCASE);

-- Fixed-window counters for rate limits (sign-in attempts, join-code guesses).
CREATE TABLE rate_limits (
	bucket TEXT NOT NULL,
	key TEXT NOT NULL,
	window_started_at INTEGER NOT NULL,
	hits INTEGER NOT NULL,
	PRIMARY KEY (bucket, key)
) WITHOUT ROWID;
