// What is left of a workshop once its retention period has passed (README, "Privacy"): the
// workshop's structure and what it agreed on, nothing of who took part or what they typed.
//
// Deleted: the participants (names, tokens, profiles) and with them their votes, ratings,
// reflections and comments, closing notes and volunteering; every card they wrote, except the
// actions that became commitments; the values they added, except those the facilitator chose;
// the tensions they named; the commitments' owners, owners' e-mail addresses, status notes and
// change history; the status links and the calendar feed (secret links) and the record of sent
// reminders; the people invited (names, addresses, roles).
// Kept, without a link to anyone: the steps, the value catalogue, the chosen values, the agreed
// actions with due dates and status, the export fingerprints.
import { statement } from '../db/statements';
import { PURGES } from '../kinds';
import { workshopsDueForPurge } from '../read-model/workshops';
import { execute, onlyFor, type Context } from './command';
import { logger } from '../log.js';

/** What the purge deletes of the core's tables (each step kind adds its own, in its folder). */
const PURGE = [
	`DELETE FROM workshop_values WHERE workshop_id = :id AND added_by IS NOT NULL AND selected = 0`,
	`DELETE FROM cards WHERE workshop_id = :id AND added_by IS NOT NULL
		AND id NOT IN (SELECT action_id FROM commitments WHERE workshop_id = :id)`,
	`UPDATE workshop_values SET added_by = NULL, client_id = NULL WHERE workshop_id = :id`,
	`UPDATE cards SET added_by = NULL, client_id = NULL WHERE workshop_id = :id`,
	`DELETE FROM commitment_history
		WHERE commitment_id IN (SELECT id FROM commitments WHERE workshop_id = :id)`,
	`UPDATE commitments SET owner = '', owner_email = NULL, note = '' WHERE workshop_id = :id`,
	`DELETE FROM secret_links WHERE workshop_id = :id`,
	`DELETE FROM invitees WHERE workshop_id = :id`,
	`DELETE FROM reminders_sent
		WHERE commitment_id IN (SELECT id FROM commitments WHERE workshop_id = :id)`,
	`DELETE FROM participants WHERE workshop_id = :id`,
	// Nobody joins a purged workshop; a late joiner (had the facilitator opened it again) is purged
	// on the next run, which looks at purged workshops that have participants again.
	`UPDATE workshops SET purged_at = COALESCE(purged_at, :now), join_locked = 1 WHERE id = :id`
];

/** Deletes everything of a workshop's participants (the kinds' first: their rows name them). */
export function purge(ctx: Context): void {
	onlyFor(ctx, 'system');
	for (const sql of [...PURGES, ...PURGE]) statement(sql).run({ id: ctx.workshopId, now: ctx.now });
}

/**
 * Purges every workshop whose retention period has passed and that still holds anything of its
 * participants (never purged, or joined again since). Returns how many were purged.
 */
export function purgeExpiredParticipantData(now = Date.now()): number {
	const due = workshopsDueForPurge(new Date(now).toISOString().slice(0, 10));
	for (const id of due) execute(id, { kind: 'system', job: 'retention' }, purge, undefined, now);
	if (due.length > 0) {
		logger().info({ job: 'retention', workshops: due.length }, 'purged participant data');
	}
	return due.length;
}
