// The core slice of each audience's state: the steps, the catalogue, the perspectives at the
// table, the cards, the commitments, the participants' profiles and what the beamer shows. Whole,
// for a snapshot, and as patches from the rows of just the items a change touched.
import type { Patch } from '$lib/workshop/patch';
import type { BeamerState, FacilitatorState, ParticipantState } from '$lib/workshop/state';
import { CORE } from '../workshops/change';
import {
	displayOf,
	facilitatorCard,
	facilitatorCommitment,
	facilitatorStep,
	facilitatorValue,
	linksByAction,
	namesOf,
	principleOf,
	profileOf,
	publicCard,
	publicCommitment,
	publicStep,
	publicValue,
	seatsOf
} from './projections';
import { rowsOf, workshopRow } from './rows';
import type { CoreRows, PatchContext, SlicePatch } from './slice';

const textsOf = (cards: CoreRows['cards']) => new Map(cards.map((c) => [c.id, c.text]));

/** The core of the dashboard's state (progress comes with presence, in ./state.ts). */
export function coreFacilitator(core: CoreRows) {
	const links = linksByAction(core.links);
	const names = namesOf(core.participants);
	const texts = textsOf(core.cards);
	return {
		seats: seatsOf(core.seats),
		steps: core.steps.map(facilitatorStep),
		principles: core.principles.map(principleOf),
		values: core.values.map(facilitatorValue),
		cards: core.cards.map((c) => facilitatorCard(c, links, names)),
		commitments: core.commitments.map((m) =>
			facilitatorCommitment(m, texts.get(m.actionId) ?? '', links, core.volunteers, names)
		),
		profiles: core.participants.filter((p) => p.removed === 0).map(profileOf),
		display: displayOf(core.workshop)
	};
}

/** The core of what phones and the beamer see: visible items only. */
export function coreRoom(core: CoreRows) {
	const links = linksByAction(core.links);
	const texts = textsOf(core.cards);
	return {
		seats: seatsOf(core.seats),
		steps: core.steps.map(publicStep),
		principles: core.principles.map(principleOf),
		values: core.values.map(publicValue).filter((v) => v !== null),
		cards: core.cards.map((c) => publicCard(c, links)).filter((c) => c !== null),
		commitments: core.commitments.map((m) =>
			publicCommitment(m, texts.get(m.actionId) ?? '', links)
		)
	};
}

/** The core's patches for a change; an item an audience may no longer see is removed from it. */
export function corePatch({ workshopId: id, change, names }: PatchContext): SlicePatch {
	const dashboard: Patch<FacilitatorState> = [];
	const room: Patch<ParticipantState> = [];
	const beamer: Patch<BeamerState> = [];

	const steps = change.ids(CORE.steps);
	if (steps.size > 0) {
		const rows = new Map(rowsOf.steps(id, [...steps]).map((s) => [s.number, s]));
		for (const number of steps) {
			const row = rows.get(number);
			dashboard.push(
				row ? { upsert: 'steps', item: facilitatorStep(row) } : { remove: 'steps', key: number }
			);
			room.push(
				row ? { upsert: 'steps', item: publicStep(row) } : { remove: 'steps', key: number }
			);
		}
	}

	const cards = change.ids(CORE.cards);
	if (cards.size > 0) {
		const rows = new Map(rowsOf.cards(id, [...cards]).map((c) => [c.id, c]));
		const links = linksByAction(rowsOf.links(id, [...cards]));
		const authors = names([...rows.values()].map((c) => c.addedBy));
		for (const cardId of cards) {
			const row = rows.get(cardId);
			const visible = row && publicCard(row, links);
			dashboard.push(
				row
					? { upsert: 'cards', item: facilitatorCard(row, links, authors) }
					: { remove: 'cards', key: cardId }
			);
			room.push(visible ? { upsert: 'cards', item: visible } : { remove: 'cards', key: cardId });
		}
	}

	const values = change.ids(CORE.values);
	if (values.size > 0) {
		const rows = new Map(rowsOf.values(id, [...values]).map((v) => [v.id, v]));
		for (const valueId of values) {
			const row = rows.get(valueId);
			const visible = row && publicValue(row);
			dashboard.push(
				row ? { upsert: 'values', item: facilitatorValue(row) } : { remove: 'values', key: valueId }
			);
			room.push(visible ? { upsert: 'values', item: visible } : { remove: 'values', key: valueId });
		}
	}

	const commitments = new Set([...change.ids(CORE.commitments), ...change.ids(CORE.reported)]);
	if (commitments.size > 0) {
		const ids = [...commitments];
		const rows = new Map(rowsOf.commitments(id, ids).map((m) => [m.id, m]));
		const actionIds = [...rows.values()].map((m) => m.actionId);
		const texts = textsOf(rowsOf.cards(id, actionIds));
		const links = linksByAction(rowsOf.links(id, actionIds));
		const volunteers = rowsOf.volunteers(id, ids);
		const volunteerNames = names(volunteers.map((v) => v.participantId));
		for (const commitmentId of ids) {
			const row = rows.get(commitmentId);
			if (!row) {
				dashboard.push({ remove: 'commitments', key: commitmentId });
				room.push({ remove: 'commitments', key: commitmentId });
				continue;
			}
			const text = texts.get(row.actionId) ?? '';
			dashboard.push({
				upsert: 'commitments',
				item: facilitatorCommitment(row, text, links, volunteers, volunteerNames)
			});
			room.push({ upsert: 'commitments', item: publicCommitment(row, text, links) });
		}
	}

	if (change.has(CORE.seats)) {
		const seats = seatsOf(rowsOf.seats(id));
		dashboard.push({ set: 'seats', value: seats });
		room.push({ set: 'seats', value: seats });
	}

	const profiles = change.ids(CORE.profiles);
	if (profiles.size > 0) {
		const rows = new Map(rowsOf.participants(id, [...profiles]).map((p) => [p.id, p]));
		for (const participantId of profiles) {
			const row = rows.get(participantId);
			dashboard.push(
				row && row.removed === 0
					? { upsert: 'profiles', item: profileOf(row) }
					: { remove: 'profiles', key: participantId }
			);
		}
	}

	if (change.has(CORE.display)) {
		const workshop = workshopRow(id);
		if (workshop) {
			dashboard.push({ set: 'display', value: displayOf(workshop) });
			beamer.push({ set: 'display', value: displayOf(workshop) });
		}
	}

	return { dashboard, room, beamer };
}

export { namesOf };
