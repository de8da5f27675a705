// The secret-links aggregate: links that work without an account, a commitment owner's status
// link (report status and a note between sessions) and a workshop's calendar feed (due dates,
// subscribed in Outlook or any calendar). Only a hash of the token is stored, so a link is shown
// once, when it is made; making a new one replaces the old one, and revoking it makes it answer
// "unknown" at once. Reading a link never writes: its use is noted when it is used to report
// (a POST), so a mail scanner that opens it leaves no trace. Its commands are the only writers of
// `secret_links`.
import { statement } from '../db/statements';
import { hashToken, newId, newToken } from '../ids';
import { notCarried } from './carried';
import { facilitatorOf, found, type Context } from './command';

export type LinkPurpose = 'status' | 'feed';

function revoke(ctx: Context, purpose: LinkPurpose, commitmentId: string | null): boolean {
	return (
		statement(
			`UPDATE secret_links SET revoked_at = ?
			WHERE purpose = ? AND workshop_id = ? AND commitment_id IS ? AND revoked_at IS NULL`
		).run(ctx.now, purpose, ctx.workshopId, commitmentId).changes > 0
	);
}

function create(ctx: Context, purpose: LinkPurpose, commitmentId: string | null): string {
	const { displayName } = facilitatorOf(ctx);
	const token = newToken();
	revoke(ctx, purpose, commitmentId);
	statement(
		`INSERT INTO secret_links (id, purpose, workshop_id, commitment_id, token_hash, created_at, created_by)
		VALUES (?, ?, ?, ?, ?, ?, ?)`
	).run(newId(), purpose, ctx.workshopId, commitmentId, hashToken(token), ctx.now, displayName);
	return token;
}

/** A new status link for one commitment of this workshop (NOT_FOUND without such a commitment). */
export function createStatusLink(ctx: Context, commitmentId: string): string {
	found(
		statement('SELECT 1 FROM commitments WHERE id = ? AND workshop_id = ?').get(
			commitmentId,
			ctx.workshopId
		)
	);
	// Carried into a follow-up: its link lives there (moved with it), not on this row.
	notCarried(commitmentId);
	return create(ctx, 'status', commitmentId);
}

export function revokeStatusLink(ctx: Context, commitmentId: string): boolean {
	facilitatorOf(ctx);
	return revoke(ctx, 'status', commitmentId);
}

/**
 * The commitment has another owner (or the owner another address): the old owner's link stops,
 * so it cannot show the new owner's name or report in their place. A new link is one click.
 */
export function revokeForNewOwner(ctx: Context, commitmentId: string): void {
	revoke(ctx, 'status', commitmentId);
}

export const createFeedLink = (ctx: Context) => create(ctx, 'feed', null);

export function revokeFeedLink(ctx: Context): boolean {
	facilitatorOf(ctx);
	return revoke(ctx, 'feed', null);
}

/** Notes that a link was used to report (by its hash, found by the read model). */
export function noteUse(ctx: Context, linkId: string): void {
	statement('UPDATE secret_links SET last_used_at = ? WHERE id = ? AND workshop_id = ?').run(
		ctx.now,
		linkId,
		ctx.workshopId
	);
}

/** A commitment carried into a follow-up keeps its status link, which now points at the new row. */
export function moveStatusLink(ctx: Context, from: string, to: string, toWorkshop: string): void {
	statement(
		`UPDATE secret_links SET commitment_id = ?, workshop_id = ?
		WHERE commitment_id = ? AND revoked_at IS NULL`
	).run(to, toWorkshop, from);
}

/** A follow-up takes over the workshop's calendar feed, so a subscribed calendar keeps working. */
export function moveFeed(ctx: Context, toWorkshop: string): void {
	statement(
		`UPDATE secret_links SET workshop_id = ?
		WHERE workshop_id = ? AND purpose = 'feed' AND revoked_at IS NULL`
	).run(toWorkshop, ctx.workshopId);
}
