// What a decision step adds: per decision step, the advice and the residual risks with who accepts
// them, for every audience alike (the facilitator writes them in front of the room). The room's
// consent check is the consent kind's `consents`, blind until revealed.
import type { Advice, Verdict } from './schemas';

export interface Risk {
	id: string;
	text: string;
	acceptor: string;
	verdict: Verdict;
}

export interface Decision {
	/** The step's number, as text: the list's key. */
	id: string;
	step: number;
	advice: Advice | null;
	conditions: string;
	rationale: string;
	risks: Risk[];
}

export interface DecisionState {
	facilitator: { decisions: Decision[] };
	room: { decisions: Decision[] };
	beamer: Record<never, never>;
	mine: Record<never, never>;
}

export interface DecisionRecord {
	decisions?: Omit<Decision, 'id' | 'risks'>[];
	risks?: (Omit<Risk, 'id'> & { step: number })[];
}
