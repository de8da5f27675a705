// The rating step's part of the read model: the mean and spread of the ratings per action (all on
// the dashboard; for the room once a rating step is revealed); a participant's own ratings.
import { statement } from '$lib/server/db/statements';
import { presentWithRowsIn } from '$lib/server/read-model/people';
import { roomItems, roomResult } from '$lib/server/read-model/reveal';
import { defineSlice, itemOps, none, type SlicePatch } from '$lib/server/read-model/slice';
import { table } from '$lib/server/read-model/table';
import { changeKey } from '$lib/server/workshops/change';
import type { Patch } from '$lib/workshop/patch';
import { summarizeRatings, type RatingSummary } from '$lib/workshop/ratings';
import type { FacilitatorState, ParticipantState } from '$lib/workshop/state';
import type { RatingState } from './state';

export const RATING = { ratings: changeKey('ratings', { coalesce: true }) };

export interface RatingRow {
	participantId: string;
	actionId: string;
	necessity: number;
	importance: number;
}

const ratingsOf = table<RatingRow>(
	`SELECT r.participant_id AS participantId, r.action_id AS actionId, r.necessity, r.importance
	FROM action_ratings r JOIN cards c ON c.id = r.action_id WHERE c.workshop_id = ?`,
	'r.action_id',
	'ORDER BY r.action_id, r.participant_id'
);

/** Mean and spread of the ratings per action. */
export function summariesOf(ratings: readonly RatingRow[]): RatingSummary[] {
	const byAction = new Map<string, RatingRow[]>();
	for (const rating of ratings) {
		const list = byAction.get(rating.actionId);
		if (list) list.push(rating);
		else byAction.set(rating.actionId, [rating]);
	}
	return [...byAction].map(([actionId, list]) => summarizeRatings(actionId, list));
}

export const ratingSlice = defineSlice<RatingState>()({
	load: (workshopId) => ({ ratings: ratingsOf(workshopId) }),
	facilitator: (rows) => ({ ratings: summariesOf(rows.ratings) }),
	room: (rows, _core, revealed) => ({
		ratings: roomResult(revealed, 'ratings', () => summariesOf(rows.ratings))
	}),
	beamer: none,
	mine: (participantId) => {
		const rows = statement(
			'SELECT action_id AS actionId, necessity, importance FROM action_ratings WHERE participant_id = ?'
		).all(participantId) as Omit<RatingRow, 'participantId'>[];
		return {
			ratings: Object.fromEntries(
				rows.map(({ actionId, necessity, importance }) => [actionId, { necessity, importance }])
			)
		};
	},
	patch: ({ workshopId: id, change, revealed }): SlicePatch => {
		const dashboard: Patch<FacilitatorState> = [];
		const room: Patch<ParticipantState> = [];
		if (change.revealed.has('ratings')) {
			room.push({
				set: 'ratings',
				value: roomResult(revealed(), 'ratings', () => summariesOf(ratingsOf(id)))
			});
		}
		const changed = change.ids(RATING.ratings);
		if (changed.size > 0) {
			const items = summariesOf(ratingsOf(id, [...changed]));
			dashboard.push(...itemOps('ratings', changed, items, (r) => r.actionId));
			const visible = roomItems(revealed(), 'ratings', items);
			if (visible && !change.revealed.has('ratings')) {
				room.push(...itemOps('ratings', changed, visible, (r) => r.actionId));
			}
		}
		return { dashboard, room };
	}
});

/** Of the participants present, how many have rated anything. */
export const countRated = presentWithRowsIn('action_ratings');
