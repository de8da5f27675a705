// Secret links as the read model has them: which links of a workshop are active (for its action
// list), and what a token opens (an owner's status page, a calendar feed). Resolving a token reads
// only; its use is noted when the owner reports (src/lib/server/workshops/secret-links.ts).
import type { Language } from '$lib/language';
import type { CommitmentStatus } from '$lib/vocabulary';
import { statement } from '../db/statements';
import { historyOf } from './commitments';
import { hashToken } from '../ids';
import type { LinkPurpose } from '../workshops/secret-links';

interface LinkInfo {
	createdAt: number;
	createdBy: string;
	lastUsedAt: number | null;
}

/** The workshop's active links: the feed, and the status link of each commitment that has one. */
export function activeLinks(workshopId: string): {
	feed: LinkInfo | null;
	status: Map<string, LinkInfo>;
} {
	const rows = statement(
		`SELECT purpose, commitment_id AS commitmentId, created_at AS createdAt,
			created_by AS createdBy, last_used_at AS lastUsedAt
		FROM secret_links WHERE workshop_id = ? AND revoked_at IS NULL`
	).all(workshopId) as (LinkInfo & { purpose: LinkPurpose; commitmentId: string | null })[];
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

interface ResolvedLink {
	id: string;
	workshopId: string;
	commitmentId: string | null;
}

/** The active link behind a token, or null (unknown, revoked, or its workshop purged). */
function resolveLink(purpose: LinkPurpose, token: string): ResolvedLink | null {
	const row = statement(
		`SELECT l.id, l.workshop_id AS workshopId, l.commitment_id AS commitmentId
		FROM secret_links l JOIN workshops w ON w.id = l.workshop_id
		WHERE l.token_hash = ? AND l.purpose = ? AND l.revoked_at IS NULL AND w.purged_at IS NULL`
	).get(hashToken(token), purpose) as ResolvedLink | undefined;
	return row ?? null;
}

/** What the owner sees behind a status link: their commitment, nothing of anyone else. */
interface StatusLinkView {
	linkId: string;
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

export function statusLinkView(token: string): StatusLinkView | null {
	const link = resolveLink('status', token);
	if (!link?.commitmentId) return null;
	const row = statement(
		`SELECT w.id AS workshopId, m.id AS commitmentId, w.title AS workshopTitle,
			w.organisation, w.language, c.text AS action, m.owner, m.due_on AS dueOn, m.status, m.note
		FROM commitments m JOIN workshops w ON w.id = m.workshop_id JOIN cards c ON c.id = m.action_id
		WHERE m.id = ?`
	).get(link.commitmentId) as Omit<StatusLinkView, 'history' | 'linkId'> | undefined;
	if (!row) return null;
	// Its whole course, also from the sessions before (a carried commitment keeps its history).
	const history: StatusLinkView['history'] = [];
	for (const { changedAt, field, newValue } of historyOf(row.workshopId, [link.commitmentId])) {
		if (field === 'status' || field === 'note') history.push({ changedAt, field, newValue });
	}
	history.splice(20);
	return { ...row, linkId: link.id, history };
}

/** The workshop behind a calendar feed's token, or null. */
export function feedWorkshop(token: string): string | null {
	return resolveLink('feed', token)?.workshopId ?? null;
}
