// Invitations to facilitate a workshop, as the read model has them: the one behind a link (while
// valid) and those of a workshop that are still open.
import { statement } from '../db/statements';
import { hashToken } from '../ids';

export interface Invitation {
	id: string;
	workshopId: string;
	workshopTitle: string;
	ownerId: string;
	email: string;
	/** The inviter's name, and account. */
	invitedBy: string;
	inviterId: string;
	expiresAt: number;
}

/** The invitation behind a link, while it is valid. */
export function invitationByToken(token: string, now = Date.now()): Invitation | null {
	const row = statement(
		`SELECT i.id, i.workshop_id AS workshopId, w.title AS workshopTitle, w.owner_id AS ownerId,
			i.email, f.display_name AS invitedBy, i.invited_by AS inviterId, i.expires_at AS expiresAt
		FROM workshop_invitations i
		JOIN workshops w ON w.id = i.workshop_id
		JOIN facilitators f ON f.id = i.invited_by
		WHERE i.token_hash = ? AND i.expires_at > ?`
	).get(hashToken(token), now) as Invitation | undefined;
	return row ?? null;
}

/** The invitations of a workshop that are still open, for its owner. */
export function pendingInvitations(
	workshopId: string,
	now = Date.now()
): { id: string; email: string; expiresAt: number }[] {
	return statement(
		`SELECT id, email, expires_at AS expiresAt FROM workshop_invitations
		WHERE workshop_id = ? AND expires_at > ? ORDER BY created_at`
	).all(workshopId, now) as { id: string; email: string; expiresAt: number }[];
}
