-- A commitment continues in exactly one place: the row that continues it is looked up by the
-- row it continues (is this one carried on? where to?) on every write and every reminder run.
CREATE INDEX commitments_by_carried_from ON commitments (carried_from);
