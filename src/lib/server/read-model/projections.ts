// Pure projections of the core rows, item by item: what the facilitator's dashboard and the room
// (phones and beamer) may see of a step, a value, a card, a commitment, a participant. The whole
// states and their patches are made from these (./core.ts) and from each step kind's slice;
// nothing here touches the database.
import { stepKind } from '$lib/steps';
import type {
	Display,
	FacilitatorCard,
	FacilitatorCommitment,
	FacilitatorStep,
	FacilitatorValue,
	ParticipantProfile,
	PrincipleInfo,
	PublicCard,
	PublicCommitment,
	PublicStep,
	PublicValue,
	Seat
} from '$lib/workshop/state';
import type {
	CardRow,
	CommitmentRow,
	LinkRow,
	ParticipantRow,
	PrincipleRow,
	SeatRow,
	StepRow,
	ValueRow,
	VolunteerRow,
	WorkshopRow
} from './rows';

/** A step as the facilitator sees it. A kind this app does not know is an error naming it. */
export function facilitatorStep(row: StepRow): FacilitatorStep {
	stepKind(row.kind);
	return {
		number: row.number,
		kind: row.kind,
		title: { nl: row.titleNl, en: row.titleEn },
		question: { nl: row.questionNl, en: row.questionEn },
		timer: { durationMs: row.durationMs, elapsedMs: row.elapsedMs, runningSince: row.runningSince },
		locked: row.locked === 1,
		revealed: row.revealed === 1,
		notes: row.notes
	};
}

/** A step as the room sees it: without the facilitator's notes. */
export function publicStep(row: StepRow): PublicStep {
	const { notes: _notes, ...step } = facilitatorStep(row);
	return step;
}

export function principleOf(row: PrincipleRow): PrincipleInfo {
	return {
		key: row.key,
		foundationKey: row.foundationKey,
		foundation: { nl: row.foundationNl, en: row.foundationEn },
		name: { nl: row.nameNl, en: row.nameEn }
	};
}

export const seatsOf = (rows: readonly SeatRow[]): Seat[] =>
	rows.map((s) => ({ key: s.key, name: { nl: s.nameNl, en: s.nameEn } }));

export function facilitatorValue(row: ValueRow): FacilitatorValue {
	return {
		id: row.id,
		principleKey: row.principleKey,
		name: { nl: row.nameNl, en: row.nameEn },
		description: { nl: row.descriptionNl, en: row.descriptionEn },
		selected: row.selected === 1,
		addedByParticipant: row.addedBy !== null,
		hidden: row.hidden === 1
	};
}

/** A value as phones see it, or null when the facilitator hid it. */
export function publicValue(row: ValueRow): PublicValue | null {
	if (row.hidden === 1) return null;
	const { hidden: _hidden, ...value } = facilitatorValue(row);
	return value;
}

/** The values linked to each action. */
export function linksByAction(links: readonly LinkRow[]): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const { actionId, valueId } of links) {
		const list = map.get(actionId);
		if (list) list.push(valueId);
		else map.set(actionId, [valueId]);
	}
	return map;
}

/** Names by participant id, for what only the facilitator may see. */
export const namesOf = (participants: readonly Pick<ParticipantRow, 'id' | 'displayName'>[]) =>
	new Map(participants.map((p) => [p.id, p.displayName]));

/** Cards shown to the room: not hidden and not merged into another. */
export const isVisibleCard = (card: Pick<CardRow, 'hidden' | 'mergedInto'>) =>
	card.hidden === 0 && card.mergedInto === null;

export function facilitatorCard(
	row: CardRow,
	links: Map<string, string[]>,
	names: Map<string, string>
): FacilitatorCard {
	return {
		id: row.id,
		kind: row.kind,
		text: row.text,
		cluster: row.cluster,
		selected: row.selected === 1,
		valueIds: links.get(row.id) ?? [],
		hidden: row.hidden === 1,
		mergedInto: row.mergedInto,
		author: row.addedBy ? (names.get(row.addedBy) ?? null) : null
	};
}

/** A card as the room sees it (no author), or null when it is hidden or merged. */
export function publicCard(row: CardRow, links: Map<string, string[]>): PublicCard | null {
	if (!isVisibleCard(row)) return null;
	return {
		id: row.id,
		kind: row.kind,
		text: row.text,
		cluster: row.cluster,
		selected: row.selected === 1,
		valueIds: links.get(row.id) ?? []
	};
}

export function publicCommitment(
	row: CommitmentRow,
	actionText: string,
	links: Map<string, string[]>
): PublicCommitment {
	return {
		id: row.id,
		actionId: row.actionId,
		text: actionText,
		owner: row.owner,
		dueOn: row.dueOn,
		status: row.status,
		note: row.note,
		carried: row.carriedFrom !== null,
		valueIds: links.get(row.actionId) ?? []
	};
}

export function facilitatorCommitment(
	row: CommitmentRow,
	actionText: string,
	links: Map<string, string[]>,
	volunteers: readonly VolunteerRow[],
	names: Map<string, string>
): FacilitatorCommitment {
	return {
		...publicCommitment(row, actionText, links),
		volunteers: volunteers
			.filter((v) => v.commitmentId === row.id)
			.map((v) => ({ id: v.participantId, displayName: names.get(v.participantId) ?? '' }))
	};
}

export function profileOf(row: ParticipantRow): ParticipantProfile {
	return {
		id: row.id,
		displayName: row.displayName,
		perspective: row.perspective,
		role: row.role,
		seat: row.seat
	};
}

export function displayOf(row: WorkshopRow): Display {
	return {
		join: row.beamerJoin,
		closingNotes: row.beamerClosingNotes === 1,
		chime: row.beamerChime === 1
	};
}
