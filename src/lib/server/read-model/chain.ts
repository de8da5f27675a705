// A follow-up's chain: the workshop a follow-up was planned from, the one that was planned from,
// and so on back. One query, for the screens (the earlier sessions' reflection), the progress
// report and access to a chain. A series is the whole tree: the first workshop and every session
// planned from it; its sessions share their facilitators (workshops.ts).
import { statement } from '../db/statements';

export interface Session {
	id: string;
	title: string;
	scheduledOn: string;
}

/** This workshop and the sessions before it, oldest first (just itself for a first workshop). */
export function chainOf(workshopId: string): Session[] {
	return statement(
		`WITH RECURSIVE chain (id, depth) AS (
			SELECT ?, 0
			UNION ALL
			SELECT w.follows_id, chain.depth + 1 FROM workshops w JOIN chain ON w.id = chain.id
			WHERE w.follows_id IS NOT NULL AND chain.depth < 100
		)
		SELECT w.id, w.title, w.scheduled_on AS scheduledOn
		FROM chain JOIN workshops w ON w.id = chain.id ORDER BY chain.depth DESC`
	).all(workshopId) as Session[];
}

/** The sessions planned from this one (its follow-ups), oldest first. */
export function followUpsOf(workshopId: string): Session[] {
	return statement(
		`SELECT id, title, scheduled_on AS scheduledOn FROM workshops WHERE follows_id = ?
		ORDER BY scheduled_on, created_at`
	).all(workshopId) as Session[];
}

/**
 * Every session of the series this workshop belongs to: the first workshop and every follow-up
 * planned from it or from one of its follow-ups (ids, in no particular order).
 */
export function seriesOf(workshopId: string): string[] {
	const first = chainOf(workshopId)[0]?.id ?? workshopId;
	return statement(
		`WITH RECURSIVE series (id, depth) AS (
			SELECT ?, 0
			UNION ALL
			SELECT w.id, series.depth + 1 FROM workshops w JOIN series ON w.follows_id = series.id
			WHERE series.depth < 100
		)
		SELECT id FROM series`,
		{ pluck: true }
	).all(first) as string[];
}
