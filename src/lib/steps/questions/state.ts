// What a `questions` step adds to each audience's state. The room (phones and beamer) gets, per
// questions step, the item the facilitator is at, with its explanation, how it stands and the
// agreed answer; the alerts that hold (a "stop"); who is to find out what (the research holds);
// the session; and, once the step is revealed, the drafts without names. The facilitator also
// gets every item's status and the drafts with their authors' names and roles. A phone gets its
// own drafts.
import type { AnswerValue, Instrument, ItemType } from '../../instruments/instrument';
import type { Revealed, Without } from '../../workshop/visibility';

export type { ItemStatus } from '../../instruments/conditions';
import type { ItemStatus } from '../../instruments/conditions';

export interface Agreed {
	value: AnswerValue;
	considerations: string;
	dissent: string;
}

export interface Entry {
	id: string;
	text: string;
	owner: string;
	dueOn: string | null;
}

/** The item a questions step is at, as every screen shows it. */
export interface CurrentItem {
	/** The step's number, as text: the list's key. */
	id: string;
	step: number;
	item: string;
	/** Where it is in its part ("3 of 12"), counting questions only. */
	position: number;
	total: number;
	title: string;
	html: string;
	context: { title: string; html: string }[];
	type: ItemType;
	options: { value: string; label: string }[];
	official: boolean;
	/** One of the art. 27 AI Act questions. */
	art27: boolean;
	roles: string[];
	status: ItemStatus;
	agreed: Agreed | null;
	entries: Entry[];
}

export interface Research {
	/** The commitment that holds it. */
	id: string;
	item: string;
	title: string;
	text: string;
	owner: string;
	dueOn: string | null;
	done: boolean;
}

export interface Alert {
	id: string;
	title: string;
}

interface DraftBase {
	/** `<participant>:<item>` for the facilitator, the item and a counter for the room. */
	id: string;
	step: number;
	item: string;
	text: string;
	choice: string[];
}
export interface RoomDraft extends DraftBase, Without<'author' | 'seat'> {}
export interface FacilitatorDraft extends DraftBase {
	author: string;
	seat: string | null;
}

/** An item in the facilitator's overview of the whole instrument. */
export interface ItemOverview {
	id: string;
	step: number;
	title: string;
	type: ItemType;
	official: boolean;
	status: ItemStatus;
	agreed: Agreed | null;
	entries: Entry[];
}

export interface InstrumentInfo {
	name: string;
	version: string;
	urn: string;
}

export interface Session {
	number: number;
	ended: boolean;
	/** No item was opened since this session started (the research of earlier ones is shown). */
	fresh: boolean;
}

export interface QuestionsState {
	facilitator: {
		instrument: InstrumentInfo | null;
		questions: CurrentItem[];
		questionItems: ItemOverview[];
		questionDrafts: FacilitatorDraft[];
		alerts: Alert[];
		research: Research[];
		session: Session;
	};
	room: {
		instrument: InstrumentInfo | null;
		questions: CurrentItem[];
		alerts: Alert[];
		research: Research[];
		session: Session;
		questionDrafts: Revealed<RoomDraft>[];
	};
	beamer: Record<never, never>;
	mine: { drafts: Record<string, { text: string; choice: string[] }> };
}

/** Its rows in the canonical record: the instrument and all that was said of it (left out without one). */
export interface QuestionsRecord {
	instrument?: InstrumentRecord;
}

export interface InstrumentRecord {
	definition: Instrument;
	parts: { step: number; part: string }[];
	answers: {
		item: string;
		value: AnswerValue;
		considerations: string;
		dissent: string;
		updatedAt: number;
	}[];
	drafts: { participant: string; item: string; text: string; choice: string[] }[];
	/** The commitments a question made, by their action's reference. */
	links: { item: string; card: string; role: 'research' | 'entry' }[];
	sessions: { number: number; startedAt: number; endedAt: number | null }[];
}
