// Planning a follow-up session from a workshop (or from an earlier follow-up): a new workshop of
// the `follow-up` method that follows it, with the same organisation, case, language, retention,
// reminders and co-facilitators, carrying every open commitment. A carried commitment is a new row
// that names the one it continues (`carried_from`): its action and values come along, its owner,
// due date, status and note too, and so do its status link, the reminders already sent for its due
// date and the workshop's calendar feed, so an owner's link and a subscribed calendar keep working.
// The register and the reminders look at the newest row of each commitment only; the row it
// continues is history, read-only (CARRIED), and says where it went.
import { followUpsOf } from '../read-model/chain';
import { openCommitmentsOf } from '../read-model/commitments';
import { workshopRow, type WorkshopRow } from '../read-model/rows';
import { chooseLike } from './catalogue';
import { carry } from './commitments';
import { execute, executeAccount, facilitatorOf, type Actor, type Context } from './command';
import { carryReminders } from './reminders';
import { moveFeed, moveStatusLink } from './secret-links';
import { createWorkshop, follow } from './workshops';

const FOLLOW_UP_METHOD = 'follow-up';

type FollowUpResult =
	| { ok: true; workshop: WorkshopRow; carried: number }
	| { ok: false; reason: 'not_found' | 'purged' | 'already' };

/**
 * Plans a follow-up of this workshop on this date. A workshop has one follow-up, where its open
 * commitments continue (a second submit, or a second tab, is refused in the same transaction);
 * the next one is planned from that follow-up. Refused for a purged workshop.
 */
export function planFollowUp(
	actor: Actor,
	sourceId: string,
	input: { title: string; scheduledOn: string },
	now = Date.now()
): FollowUpResult {
	return executeAccount((): FollowUpResult => {
		const source = workshopRow(sourceId);
		if (!source) return { ok: false, reason: 'not_found' };
		if (source.purgedAt !== null) return { ok: false, reason: 'purged' };
		if (followUpsOf(sourceId).length > 0) return { ok: false, reason: 'already' };
		const workshop = createWorkshop(
			source.ownerId,
			{
				title: input.title,
				organisation: source.organisation,
				caseDescription: source.caseDescription,
				scheduledOn: input.scheduledOn,
				language: source.language,
				method: FOLLOW_UP_METHOD
			},
			now
		);
		const open = openCommitmentsOf(sourceId);
		const into = (ctx: Context) => {
			facilitatorOf(ctx);
			follow(ctx, source);
			for (const commitment of open) {
				const values = commitment.values
					.map((value) => chooseLike(ctx, value))
					.filter((id) => id !== null);
				const id = carry(ctx, commitment, values);
				moveStatusLink(ctx, commitment.id, id, workshop.id);
				carryReminders(ctx, commitment.id, id);
			}
		};
		execute(workshop.id, actor, into, undefined, now);
		execute(sourceId, actor, (ctx) => moveFeed(ctx, workshop.id), undefined, now);
		return { ok: true, workshop: workshopRow(workshop.id)!, carried: open.length };
	});
}
