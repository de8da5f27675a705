// Who may see a workshop, and the lists around it: the guards of every facilitator page and socket
// read here (one workshop type, WorkshopRow), so access has one rule.
import { statement } from '../db/statements';
import { chainOf } from './chain';
import { FACILITATES_IN_ORGANISATION, workshopRow, type WorkshopRow } from './rows';

const FACILITATES = `EXISTS (SELECT 1 FROM workshops w WHERE w.id = @workshopId
	AND (w.owner_id = @facilitatorId OR EXISTS (SELECT 1 FROM workshop_facilitators c
		WHERE c.workshop_id = @workshopId AND c.facilitator_id = @facilitatorId))
	AND ${FACILITATES_IN_ORGANISATION})`;

/**
 * Whether this facilitator owns the workshop or was invited to facilitate it, and, for a workshop
 * of an organisation, is a member of it who may facilitate.
 */
export function facilitates(workshopId: string, facilitatorId: string): boolean {
	return !!statement(`SELECT ${FACILITATES}`, { pluck: true }).get({ workshopId, facilitatorId });
}

/**
 * Whether this facilitator facilitates this session and every one before it: a progress report
 * tells the whole chain, so only who facilitates all of it may have one. A series shares its
 * facilitators (workshops.ts), so this differs from `facilitates` only where access was given
 * before that rule.
 */
export function facilitatesChain(workshopId: string, facilitatorId: string): boolean {
	return chainOf(workshopId).every((session) => facilitates(session.id, facilitatorId));
}

/** The workshop, when this facilitator owns it or co-facilitates it. */
export function facilitatedWorkshop(id: string, facilitatorId: string): WorkshopRow | null {
	const workshop = workshopRow(id);
	return workshop && facilitates(id, facilitatorId) ? workshop : null;
}

/** The workshop, only when this facilitator owns it (deleting, inviting, retention). */
/**
 * The facilitator's display name while a sign-in session is valid and gives access to the
 * workshop; otherwise null. One indexed query: asked again on every event of an open dashboard.
 */
export function sessionAccess(
	{
		workshopId,
		facilitatorId,
		sessionId
	}: { workshopId: string; facilitatorId: string; sessionId: string },
	now: number
): string | null {
	const name = statement(
		`SELECT f.display_name FROM facilitator_sessions s
		JOIN facilitators f ON f.id = s.facilitator_id
		WHERE s.id = @sessionId AND s.facilitator_id = @facilitatorId AND s.expires_at > @now
		AND ${FACILITATES}`,
		{ pluck: true }
	).get({ sessionId, facilitatorId, now, workshopId }) as string | undefined;
	return name ?? null;
}

/** The accounts this one facilitates with, either way round (owner and co-facilitators). */
export function colleaguesOf(facilitatorId: string): string[] {
	return statement(
		`SELECT w.owner_id FROM workshops w JOIN workshop_facilitators c ON c.workshop_id = w.id
		WHERE c.facilitator_id = @me
		UNION
		SELECT c.facilitator_id FROM workshops w JOIN workshop_facilitators c ON c.workshop_id = w.id
		WHERE w.owner_id = @me`,
		{ pluck: true }
	)
		.all({ me: facilitatorId })
		.filter((id) => id !== facilitatorId) as string[];
}

/** The colleagues invited to facilitate a workshop, in the order they accepted. */
export function coFacilitatorsOf(
	workshopId: string
): { id: string; displayName: string; email: string }[] {
	return statement(
		`SELECT f.id, f.display_name AS displayName, f.email FROM workshop_facilitators wf
		JOIN facilitators f ON f.id = wf.facilitator_id WHERE wf.workshop_id = ? ORDER BY wf.added_at`
	).all(workshopId) as { id: string; displayName: string; email: string }[];
}

/**
 * The workshops whose retention period has passed (their date plus their days) and that still hold
 * anything of their participants: never purged, or joined again since.
 */
export function workshopsDueForPurge(today: string): string[] {
	return statement(
		`SELECT id FROM workshops w
		WHERE date(scheduled_on, '+' || retention_days || ' days') < date(?)
		AND (purged_at IS NULL OR EXISTS (SELECT 1 FROM participants p WHERE p.workshop_id = w.id))`,
		{ pluck: true }
	).all(today) as string[];
}
