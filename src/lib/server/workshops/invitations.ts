// Inviting a colleague to facilitate a workshop. The owner enters an e-mail address and gets a
// secret link (also mailed when SMTP is configured); whether the address has an account is never
// told. The colleague opens the link, signs in or signs up with that address, and accepts or
// declines: nobody becomes a co-facilitator without saying yes.
import { getDb } from '../db';
import { hashToken, newId, newToken } from '../ids';
import { addCoFacilitator } from './workshops';

export const INVITATION_DAYS = 14;

export interface Invitation {
	id: string;
	workshopId: string;
	workshopTitle: string;
	email: string;
	invitedBy: string;
	expiresAt: number;
}

/** A new invitation for this address (replacing an earlier one for it); returns its token. */
export function createInvitation(
	workshopId: string,
	email: string,
	invitedBy: string,
	now = Date.now()
): { token: string; expiresAt: number } {
	const token = newToken();
	const expiresAt = now + INVITATION_DAYS * 86_400_000;
	getDb()
		.prepare(
			`INSERT INTO workshop_invitations (id, workshop_id, email, token_hash, invited_by, created_at, expires_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (workshop_id, email) DO UPDATE SET token_hash = excluded.token_hash,
				invited_by = excluded.invited_by, created_at = excluded.created_at, expires_at = excluded.expires_at`
		)
		.run(newId(), workshopId, email, hashToken(token), invitedBy, now, expiresAt);
	return { token, expiresAt };
}

/** The invitation behind a link, while it is valid. */
export function findInvitation(token: string, now = Date.now()): Invitation | null {
	const row = getDb()
		.prepare(
			`SELECT i.id, i.workshop_id AS workshopId, w.title AS workshopTitle, i.email,
				f.display_name AS invitedBy, i.expires_at AS expiresAt
			FROM workshop_invitations i
			JOIN workshops w ON w.id = i.workshop_id
			JOIN facilitators f ON f.id = i.invited_by
			WHERE i.token_hash = ? AND i.expires_at > ?`
		)
		.get(hashToken(token), now) as Invitation | undefined;
	return row ?? null;
}

export type Answer = 'accepted' | 'declined' | 'wrong_account' | 'not_found';

/** The invitee's yes or no. Only the account with the invited address may answer. */
export function answerInvitation(
	token: string,
	account: { id: string; email: string },
	accept: boolean,
	now = Date.now()
): { answer: Answer; workshopId?: string } {
	const db = getDb();
	return db.transaction(() => {
		const invitation = findInvitation(token, now);
		if (!invitation) return { answer: 'not_found' as const };
		if (invitation.email !== account.email.toLowerCase()) {
			return { answer: 'wrong_account' as const };
		}
		db.prepare('DELETE FROM workshop_invitations WHERE id = ?').run(invitation.id);
		if (!accept) return { answer: 'declined' as const };
		const owner = db
			.prepare('SELECT owner_id FROM workshops WHERE id = ?')
			.pluck()
			.get(invitation.workshopId);
		if (owner !== account.id) addCoFacilitator(invitation.workshopId, account.id, now);
		return { answer: 'accepted' as const, workshopId: invitation.workshopId };
	})();
}

/** The invitations of a workshop that are still open, for its owner. */
export function pendingInvitations(
	workshopId: string,
	now = Date.now()
): { id: string; email: string; expiresAt: number }[] {
	return getDb()
		.prepare(
			`SELECT id, email, expires_at AS expiresAt FROM workshop_invitations
			WHERE workshop_id = ? AND expires_at > ? ORDER BY created_at`
		)
		.all(workshopId, now) as { id: string; email: string; expiresAt: number }[];
}

export function revokeInvitation(workshopId: string, id: string): boolean {
	return (
		getDb()
			.prepare('DELETE FROM workshop_invitations WHERE workshop_id = ? AND id = ?')
			.run(workshopId, id).changes > 0
	);
}

/** Deletes invitations that have expired (they hold e-mail addresses). */
export function purgeExpiredInvitations(now = Date.now()): number {
	return getDb().prepare('DELETE FROM workshop_invitations WHERE expires_at <= ?').run(now).changes;
}
