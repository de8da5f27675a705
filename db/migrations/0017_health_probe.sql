-- /readyz proves the database takes writes by writing this one row (src/lib/server/health.ts).
CREATE TABLE health_probe (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	probed_at INTEGER NOT NULL
);
