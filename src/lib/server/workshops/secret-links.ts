// Secret links that work without an account: a commitment owner's status link (report status and
// a note between sessions) and a workshop's calendar feed (due dates, subscribed in Outlook or any
// calendar). Only a hash of the token is stored, so a link is shown once, when it is made; making a
// new one replaces the old one, and revoking it makes it answer "unknown" at once. A purged
// workshop's links are gone (retention.ts).
import type { Language } from '$lib/language';
import type { CommitmentStatus } from '$lib/workshop/state';
import { getDb } from '../db';
import { hashToken, newId, newToken } from '../ids';

export type LinkPurpose = 'status' | 'feed';

export interface LinkInfo {
	createdAt: number;
	createdBy: string;
	lastUsedAt: number | null;
}

function create(
	purpose: LinkPurpose,
	workshopId: string,
	commitmentId: string | null,
	createdBy: string,
	now: number
): string {
	const db = getDb();
	const token = newToken();
	db.transaction(() => {
		revoke(purpose, workshopId, commitmentId, now);
		db.prepare(
			`INSERT INTO secret_links (id, purpose, workshop_id, commitment_id, token_hash, created_at, created_by)
			VALUES (?, ?, ?, ?, ?, ?, ?)`
		).run(newId(), purpose, workshopId, commitmentId, hashToken(token), now, createdBy);
	})();
	return token;
}

function revoke(
	purpose: LinkPurpose,
	workshopId: string,
	commitmentId: string | null,
	now: number
): boolean {
	const result = getDb()
		.prepare(
			`UPDATE secret_links SET revoked_at = ?
			WHERE purpose = ? AND workshop_id = ? AND commitment_id IS ? AND revoked_at IS NULL`
		)
		.run(now, purpose, workshopId, commitmentId);
	return result.changes > 0;
}

/** A new status link for one commitment of this workshop (null if it has no such commitment). */
export function createStatusLink(
	workshopId: string,
	commitmentId: string,
	createdBy: string,
	now = Date.now()
): string | null {
	const exists = getDb()
		.prepare('SELECT 1 FROM commitments WHERE id = ? AND workshop_id = ?')
		.get(commitmentId, workshopId);
	return exists ? create('status', workshopId, commitmentId, createdBy, now) : null;
}

export const revokeStatusLink = (workshopId: string, commitmentId: string, now = Date.now()) =>
	revoke('status', workshopId, commitmentId, now);

export const createFeedLink = (workshopId: string, createdBy: string, now = Date.now()) =>
	create('feed', workshopId, null, createdBy, now);

export const revokeFeedLink = (workshopId: string, now = Date.now()) =>
	revoke('feed', workshopId, null, now);

/** The workshop's active links: the feed, and the status link of each commitment that has one. */
export function activeLinks(workshopId: string): {
	feed: LinkInfo | null;
	status: Map<string, LinkInfo>;
} {
	const rows = getDb()
		.prepare(
			`SELECT purpose, commitment_id AS commitmentId, created_at AS createdAt,
				created_by AS createdBy, last_used_at AS lastUsedAt
			FROM secret_links WHERE workshop_id = ? AND revoked_at IS NULL`
		)
		.all(workshopId) as (LinkInfo & { purpose: LinkPurpose; commitmentId: string | null })[];
	const info = ({ createdAt, createdBy, lastUsedAt }: LinkInfo) => ({
		createdAt,
		createdBy,
		lastUsedAt
	});
	const feed = rows.find((r) => r.purpose === 'feed');
	return {
		feed: feed ? info(feed) : null,
		status: new Map(
			rows.filter((r) => r.purpose === 'status').map((r) => [r.commitmentId!, info(r)])
		)
	};
}

interface Resolved {
	workshopId: string;
	commitmentId: string | null;
}

/** The active link behind a token, or null (unknown, revoked, or its workshop purged). */
function resolve(purpose: LinkPurpose, token: string, now: number): Resolved | null {
	const db = getDb();
	const row = db
		.prepare(
			`SELECT l.id, l.workshop_id AS workshopId, l.commitment_id AS commitmentId
			FROM secret_links l JOIN workshops w ON w.id = l.workshop_id
			WHERE l.token_hash = ? AND l.purpose = ? AND l.revoked_at IS NULL AND w.purged_at IS NULL`
		)
		.get(hashToken(token), purpose) as (Resolved & { id: string }) | undefined;
	if (!row) return null;
	db.prepare('UPDATE secret_links SET last_used_at = ? WHERE id = ?').run(now, row.id);
	return { workshopId: row.workshopId, commitmentId: row.commitmentId };
}

/** What the owner sees behind a status link: their commitment, nothing of anyone else. */
export interface StatusLinkView {
	workshopId: string;
	commitmentId: string;
	workshopTitle: string;
	organisation: string;
	language: Language;
	action: string;
	owner: string;
	dueOn: string | null;
	status: CommitmentStatus;
	note: string;
	/** Status and note changes, newest first. */
	history: { changedAt: number; field: 'status' | 'note'; newValue: string | null }[];
}

export function findStatusLink(token: string, now = Date.now()): StatusLinkView | null {
	const link = resolve('status', token, now);
	if (!link?.commitmentId) return null;
	const db = getDb();
	const row = db
		.prepare(
			`SELECT w.id AS workshopId, m.id AS commitmentId, w.title AS workshopTitle,
				w.organisation, w.language, c.text AS action, m.owner, m.due_on AS dueOn, m.status, m.note
			FROM commitments m JOIN workshops w ON w.id = m.workshop_id JOIN cards c ON c.id = m.action_id
			WHERE m.id = ?`
		)
		.get(link.commitmentId) as Omit<StatusLinkView, 'history'> | undefined;
	if (!row) return null;
	const history = db
		.prepare(
			`SELECT changed_at AS changedAt, field, new_value AS newValue FROM commitment_history
			WHERE commitment_id = ? AND field IN ('status', 'note') ORDER BY changed_at DESC, id DESC LIMIT 20`
		)
		.all(link.commitmentId) as StatusLinkView['history'];
	return { ...row, history };
}

/** The workshop behind a calendar feed's token, or null. */
export function findFeed(token: string, now = Date.now()): string | null {
	return resolve('feed', token, now)?.workshopId ?? null;
}
