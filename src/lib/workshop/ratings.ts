// Step 5: necessity × importance ratings (1–5) and their summary per action.

export const RATING_MIN = 1;
export const RATING_MAX = 5;

export interface Rating {
	necessity: number;
	importance: number;
}

interface Spread {
	mean: number;
	/** Population standard deviation: how much the room disagrees. */
	sd: number;
}

export interface RatingSummary {
	actionId: string;
	count: number;
	necessity: Spread;
	importance: Spread;
}

function spread(values: number[]): Spread {
	if (values.length === 0) return { mean: 0, sd: 0 };
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
	return { mean, sd: Math.sqrt(variance) };
}

export function summarizeRatings(actionId: string, ratings: Rating[]): RatingSummary {
	return {
		actionId,
		count: ratings.length,
		necessity: spread(ratings.map((r) => r.necessity)),
		importance: spread(ratings.map((r) => r.importance))
	};
}

export type Quadrant = 'do-first' | 'necessary' | 'important' | 'later';

/** Where an action lands in the 2×2: the middle of the 1–5 scale (3) splits each axis. */
export function quadrantOf(summary: RatingSummary): Quadrant {
	const necessary = summary.necessity.mean >= 3;
	const important = summary.importance.mean >= 3;
	if (necessary && important) return 'do-first';
	if (necessary) return 'necessary';
	if (important) return 'important';
	return 'later';
}

/** Actions ordered by combined score, most necessary and important first. */
export function orderByPriority(summaries: RatingSummary[]): RatingSummary[] {
	return [...summaries].sort(
		(a, b) =>
			b.necessity.mean + b.importance.mean - (a.necessity.mean + a.importance.mean) ||
			b.count - a.count
	);
}
