// What a consent check adds to each audience's state: per step, how many agree, can live with it
// or object, with the reasons (the facilitator sees who gave them; the room only once the step is
// revealed, and never names); a participant's own answer per step.
import type { Revealed, Without } from '../../workshop/visibility';
import type { Position } from './schemas';

interface ConsentReason {
	position: Position;
	text: string;
}

/** One consent step's answers, counted. */
export interface ConsentSummary {
	/** The step's number, as text: the item's key in the list. */
	id: string;
	step: number;
	agree: number;
	accept: number;
	object: number;
	reasons: (ConsentReason & Without<'author'>)[];
}

export interface FacilitatorConsent extends Omit<ConsentSummary, 'reasons'> {
	reasons: (ConsentReason & { author: string })[];
}

export interface ConsentState {
	facilitator: { consents: FacilitatorConsent[] };
	/** Only the steps that were revealed. */
	room: { consents: Revealed<ConsentSummary>[] };
	beamer: Record<never, never>;
	mine: { consent: Record<string, { position: Position; reason: string }> };
}

/** Its rows in the canonical record (left out while there are none). */
export interface ConsentRecord {
	consents: { participant: string; step: number; position: Position; reason: string }[];
}
