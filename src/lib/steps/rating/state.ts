// What the rating step adds: the mean and spread per action (blind until revealed); a
// participant's own ratings.
import type { Rating, RatingSummary } from '../../workshop/ratings';
import type { RoomResult } from '../../workshop/visibility';

export interface RatingState {
	facilitator: { ratings: RatingSummary[] };
	room: { ratings: RoomResult<RatingSummary> };
	beamer: Record<never, never>;
	mine: { ratings: Record<string, Rating> };
}

/** Its rows in the canonical record: each rating by reference (p1, c1). */
export interface RatingRecord {
	ratings: { participant: string; card: string; necessity: number; importance: number }[];
}
