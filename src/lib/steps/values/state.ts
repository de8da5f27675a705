// What the values step adds to each audience's state: the dots per value (blind until revealed),
// the tensions named between values, and the dot rules; a participant's own dots.
import type { RoomResult } from '../../workshop/visibility';

export interface VoteTally {
	valueId: string;
	dots: number;
	voters: number;
}

export interface Tension {
	id: string;
	valueAId: string;
	valueBId: string;
	note: string;
}

/** The facilitator also sees the tensions they hid, to show them again. */
export interface FacilitatorTension extends Tension {
	hidden: boolean;
}

export interface VotingRules {
	budget: number;
	maxPerValue: number;
}

export interface ValuesState {
	facilitator: { tallies: VoteTally[]; tensions: FacilitatorTension[]; voting: VotingRules };
	room: { tallies: RoomResult<VoteTally>; tensions: Tension[]; voting: VotingRules };
	beamer: Record<never, never>;
	mine: { votes: Record<string, number> };
}

/** Its rows in the canonical record: dots and tensions, by reference (p1, v1). */
export interface ValuesRecord {
	votes: { participant: string; value: string; dots: number }[];
	tensions: {
		valueA: string;
		valueB: string;
		note: string;
		hidden: boolean;
		addedBy: string | null;
	}[];
}
