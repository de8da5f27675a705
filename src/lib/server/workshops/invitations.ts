// The co-facilitators' invitations: the owner enters an e-mail address and gets a secret link
// (also mailed when SMTP is configured); whether the address has an account is never told. The
// colleague opens the link, signs in or signs up with that address, and accepts or declines:
// nobody becomes a co-facilitator without saying yes. Its commands are the only writers of
// `workshop_invitations`.
import { statement } from '../db/statements';
import { confirmByInvitation } from '../email-confirmation';
import { hashToken, newId, newToken } from '../ids';
import { mayFacilitate } from '$lib/organisations';
import { invitationByToken } from '../read-model/invitations';
import { membershipOf } from '../read-model/organisations';
import { workshopRow } from '../read-model/rows';
import { execute, executeAccount, type Context } from './command';
import { addCoFacilitator, ownerOf } from './workshops';

export const INVITATION_DAYS = 14;

/** A new invitation for this address (replacing an earlier one for it); returns its token. */
export function createInvitation(
	ctx: Context,
	email: string
): { token: string; expiresAt: number } {
	const invitedBy = ownerOf(ctx);
	const token = newToken();
	const expiresAt = ctx.now + INVITATION_DAYS * 86_400_000;
	statement(
		`INSERT INTO workshop_invitations (id, workshop_id, email, token_hash, invited_by, created_at, expires_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (workshop_id, email) DO UPDATE SET token_hash = excluded.token_hash,
			invited_by = excluded.invited_by, created_at = excluded.created_at, expires_at = excluded.expires_at`
	).run(newId(), ctx.workshopId, email, hashToken(token), invitedBy, ctx.now, expiresAt);
	return { token, expiresAt };
}

export function revokeInvitation(ctx: Context, id: string): boolean {
	ownerOf(ctx);
	return (
		statement('DELETE FROM workshop_invitations WHERE workshop_id = ? AND id = ?').run(
			ctx.workshopId,
			id
		).changes > 0
	);
}

export type Answer = 'accepted' | 'declined' | 'wrong_account' | 'other_organisation' | 'not_found';

/** The invitee's yes or no. Only the account with the invited address may answer. */
export function answerInvitation(
	token: string,
	account: { id: string; email: string; displayName: string },
	accept: boolean,
	now = Date.now()
): { answer: Answer; workshopId?: string } {
	return executeAccount(() => {
		const invitation = invitationByToken(token, now);
		if (!invitation) return { answer: 'not_found' as const };
		if (invitation.email !== account.email.toLowerCase()) {
			return { answer: 'wrong_account' as const };
		}
		// Organisations share nothing: only who may facilitate the workshop's organisation (or,
		// for a workshop in none, an account in none) joins its facilitators.
		const membership = membershipOf(account.id);
		const organisationId = workshopRow(invitation.workshopId)?.organisationId ?? null;
		if (
			accept &&
			((membership?.organisationId ?? null) !== organisationId ||
				!mayFacilitate(membership?.role ?? null))
		) {
			return { answer: 'other_organisation' as const };
		}
		const actor = {
			kind: 'facilitator',
			facilitatorId: account.id,
			displayName: account.displayName
		} as const;
		execute(
			invitation.workshopId,
			actor,
			(ctx) => {
				statement('DELETE FROM workshop_invitations WHERE id = ?').run(invitation.id);
				if (accept && invitation.ownerId !== account.id) addCoFacilitator(ctx, account.id);
			},
			undefined,
			now
		);
		if (!accept) return { answer: 'declined' as const };
		// The link reached the invited address, whose account signed in: confirmed, if the
		// inviter's own address is.
		confirmByInvitation(invitation.inviterId, account.id, now);
		return { answer: 'accepted' as const, workshopId: invitation.workshopId };
	});
}

/** Deletes invitations that have expired (they hold e-mail addresses): a job, for every workshop. */
export function purgeExpiredInvitations(now = Date.now()): number {
	return statement('DELETE FROM workshop_invitations WHERE expires_at <= ?').run(now).changes;
}
