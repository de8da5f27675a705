// Pure projections of a workshop's rows: what the facilitator's dashboard, the beamer and the
// phones may see, item by item and whole. The live state, its patches, the export record and the
// action list are all made from these rows (see rows.ts); nothing here touches the database.
import { stepKind, type HiddenResult } from '$lib/steps/registry';
import { summarizeRatings, type RatingSummary } from '$lib/workshop/ratings';
import type {
	BeamerState,
	ClosingNote,
	Display,
	FacilitatorCard,
	FacilitatorCommitment,
	FacilitatorState,
	FacilitatorStep,
	FacilitatorValue,
	MyState,
	ParticipantProfile,
	ParticipantState,
	PrincipleInfo,
	Progress,
	PublicCard,
	PublicCommitment,
	PublicStep,
	PublicValue,
	ReflectionSummary,
	Seat,
	Tension,
	VoteTally
} from '$lib/workshop/state';
import type {
	CardRow,
	ClosingNoteRow,
	CommitmentRow,
	LinkRow,
	ParticipantRow,
	PrincipleRow,
	RatingRow,
	ReflectionRow,
	SeatRow,
	StepRow,
	TensionRow,
	ValueRow,
	VolunteerRow,
	VoteRow,
	WorkshopRow,
	WorkshopRows,
	participantRows
} from './rows';

// --- Items -------------------------------------------------------------------------------------

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

/** A tension between two values, or null when the facilitator hid it (for every screen). */
export function tensionOf(row: TensionRow): Tension | null {
	if (row.hidden === 1) return null;
	return { id: row.id, valueAId: row.valueAId, valueBId: row.valueBId, note: row.note };
}

/** Dots and voters per value, most dots first. */
export function talliesOf(votes: readonly VoteRow[]): VoteTally[] {
	const byValue = new Map<string, VoteTally>();
	for (const vote of votes) {
		const tally = byValue.get(vote.valueId) ?? { valueId: vote.valueId, dots: 0, voters: 0 };
		tally.dots += vote.dots;
		tally.voters += 1;
		byValue.set(vote.valueId, tally);
	}
	return [...byValue.values()].sort((a, b) => b.dots - a.dots || b.voters - a.voters);
}

/** Mean and spread of the ratings per action. */
export function ratingsOf(ratings: readonly RatingRow[]): RatingSummary[] {
	const byAction = new Map<string, RatingRow[]>();
	for (const rating of ratings) {
		const list = byAction.get(rating.actionId);
		if (list) list.push(rating);
		else byAction.set(rating.actionId, [rating]);
	}
	return [...byAction].map(([actionId, list]) => summarizeRatings(actionId, list));
}

/** Mean score, number of answers and the (anonymous) comments per principle. */
export function reflectionsOf(reflections: readonly ReflectionRow[]): ReflectionSummary[] {
	const byPrinciple = new Map<string, { scores: number[]; comments: string[] }>();
	for (const row of reflections) {
		const entry = byPrinciple.get(row.principleKey) ?? { scores: [], comments: [] };
		entry.scores.push(row.score);
		if (row.comment) entry.comments.push(row.comment);
		byPrinciple.set(row.principleKey, entry);
	}
	return [...byPrinciple].map(([principleKey, { scores, comments }]) => ({
		principleKey,
		count: scores.length,
		mean: scores.reduce((a, b) => a + b, 0) / scores.length,
		distribution: [1, 2, 3, 4, 5].map((score) => scores.filter((s) => s === score).length),
		comments
	}));
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

export function closingNoteOf(row: ClosingNoteRow, names: Map<string, string>): ClosingNote {
	return {
		participantId: row.participantId,
		author: names.get(row.participantId) ?? '',
		text: row.text
	};
}

export function displayOf(row: WorkshopRow): Display {
	return {
		join: row.beamerJoin,
		closingNotes: row.beamerClosingNotes === 1,
		chime: row.beamerChime === 1
	};
}

/** The closing notes for the room's screen, without names, while the facilitator shares them. */
export function sharedNotesOf(row: WorkshopRow, notes: readonly ClosingNoteRow[]): string[] | null {
	return row.beamerClosingNotes === 1 ? notes.map((n) => n.text) : null;
}

/** The results the room may see: those held by a step the facilitator revealed. */
export function revealedResults(steps: readonly StepRow[]): Set<HiddenResult> {
	return new Set(steps.filter((s) => s.revealed === 1).flatMap((s) => stepKind(s.kind).hides));
}

// --- Whole states ------------------------------------------------------------------------------

const textsOf = (cards: readonly CardRow[]) => new Map(cards.map((c) => [c.id, c.text]));

export const seatsOf = (rows: readonly SeatRow[]): Seat[] =>
	rows.map((s) => ({ key: s.key, name: { nl: s.nameNl, en: s.nameEn } }));

/** Everything, for the facilitator's dashboard. */
export function facilitatorState(
	rows: WorkshopRows,
	now: number,
	progress: Progress
): FacilitatorState {
	const links = linksByAction(rows.links);
	const names = namesOf(rows.participants);
	const texts = textsOf(rows.cards);
	return {
		serverNow: now,
		earlier: rows.earlier,
		seats: seatsOf(rows.seats),
		steps: rows.steps.map(facilitatorStep),
		principles: rows.principles.map(principleOf),
		voting: { budget: rows.workshop.dotBudget, maxPerValue: rows.workshop.maxDotsPerValue },
		values: rows.values.map(facilitatorValue),
		tallies: talliesOf(rows.votes),
		tensions: rows.tensions.map(tensionOf).filter((t) => t !== null),
		cards: rows.cards.map((c) => facilitatorCard(c, links, names)),
		ratings: ratingsOf(rows.ratings),
		commitments: rows.commitments.map((m) =>
			facilitatorCommitment(m, texts.get(m.actionId) ?? '', links, rows.volunteers, names)
		),
		reflections: reflectionsOf(rows.reflections),
		profiles: rows.participants.filter((p) => p.removed === 0).map(profileOf),
		closingNotes: rows.closingNotes.map((n) => closingNoteOf(n, names)),
		progress,
		display: displayOf(rows.workshop)
	};
}

/** What every phone sees: the public items, and results only once revealed. */
export function participantState(rows: WorkshopRows, now: number): ParticipantState {
	const links = linksByAction(rows.links);
	const texts = textsOf(rows.cards);
	const revealed = revealedResults(rows.steps);
	return {
		serverNow: now,
		earlier: rows.earlier,
		seats: seatsOf(rows.seats),
		steps: rows.steps.map(publicStep),
		principles: rows.principles.map(principleOf),
		voting: { budget: rows.workshop.dotBudget, maxPerValue: rows.workshop.maxDotsPerValue },
		values: rows.values.map(publicValue).filter((v) => v !== null),
		tallies: revealed.has('tallies') ? talliesOf(rows.votes) : null,
		tensions: rows.tensions.map(tensionOf).filter((t) => t !== null),
		cards: rows.cards.map((c) => publicCard(c, links)).filter((c) => c !== null),
		ratings: revealed.has('ratings') ? ratingsOf(rows.ratings) : null,
		commitments: rows.commitments.map((m) =>
			publicCommitment(m, texts.get(m.actionId) ?? '', links)
		),
		reflections: revealed.has('reflections') ? reflectionsOf(rows.reflections) : null
	};
}

/** What the room's screen sees: the phones' view, how far the room is, what the facilitator shares. */
export function beamerState(rows: WorkshopRows, now: number, progress: Progress): BeamerState {
	return {
		...participantState(rows, now),
		progress,
		display: displayOf(rows.workshop),
		sharedNotes: sharedNotesOf(rows.workshop, rows.closingNotes)
	};
}

/** One participant's own inputs, from their own rows. */
export function myState(rows: ReturnType<typeof participantRows>): MyState {
	return {
		perspective: rows.participant?.perspective ?? null,
		role: rows.participant?.role ?? '',
		seat: rows.participant?.seat ?? null,
		votes: Object.fromEntries(rows.votes.map((v) => [v.valueId, v.dots])),
		ratings: Object.fromEntries(
			rows.ratings.map(({ actionId, necessity, importance }) => [
				actionId,
				{ necessity, importance }
			])
		),
		volunteered: rows.volunteers.map((v) => v.commitmentId),
		reflections: Object.fromEntries(
			rows.reflections.map(({ principleKey, score, comment }) => [principleKey, { score, comment }])
		),
		closing: rows.closingNotes[0]?.text ?? '',
		own: { cards: rows.ownCards, values: rows.ownValues }
	};
}
