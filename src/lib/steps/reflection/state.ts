// What the reflection adds: the room's score per principle (blind until revealed) and, in a
// follow-up, the earlier sessions' means beside it (each as blind as it was in its own session);
// a participant's own scores and comments.
import type { RoomResult } from '../../workshop/visibility';

export interface ReflectionSummary {
	principleKey: string;
	count: number;
	mean: number;
	/** How many answered 1, 2, 3, 4 and 5. */
	distribution: number[];
	comments: string[];
}

/** An earlier session of a follow-up's chain: the room's mean reflection per principle then. */
export interface EarlierSession {
	title: string;
	scheduledOn: string;
	/**
	 * Principle key → mean score (1–5) and how many answered; principles nobody scored are absent,
	 * and so is everything of a session that never revealed its reflection (for the room).
	 */
	reflection: Record<string, { mean: number; count: number }>;
}

export interface ReflectionState {
	facilitator: { reflections: ReflectionSummary[]; earlier: EarlierSession[] };
	room: { reflections: RoomResult<ReflectionSummary>; earlier: EarlierSession[] };
	beamer: Record<never, never>;
	mine: { reflections: Record<string, { score: number; comment: string }> };
}

/** Its rows in the canonical record: each score and comment by reference (p1). */
export interface ReflectionRecord {
	reflections: { participant: string; principleKey: string; score: number; comment: string }[];
}
