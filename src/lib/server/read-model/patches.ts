// A change as each audience sees it: the rows of the items that changed, projected with the same
// functions as the whole state. An item an audience may not (or no longer) see is removed from
// its screen; blind results go to the room only once revealed. Typed per audience, so a phone's
// patch cannot carry what the phone's state type has no field for.
import type { HiddenResult } from '$lib/steps/registry';
import type { Patch } from '$lib/workshop/patch';
import type { BeamerState, FacilitatorState, ParticipantState } from '$lib/workshop/state';
import type { Change } from '../workshops/change';
import {
	closingNoteOf,
	displayOf,
	facilitatorCard,
	facilitatorCommitment,
	facilitatorStep,
	facilitatorValue,
	linksByAction,
	namesOf,
	profileOf,
	publicCard,
	publicCommitment,
	publicStep,
	publicValue,
	ratingsOf,
	reflectionsOf,
	revealedResults,
	seatsOf,
	sharedNotesOf,
	talliesOf,
	tensionOf
} from './projections';
import { progressOf, rowsOf, workshopRow } from './rows';

export interface AudiencePatches {
	dashboard: Patch<FacilitatorState>;
	beamer: Patch<BeamerState>;
	participants: Patch<ParticipantState>;
}

/** Author and volunteer names, for the facilitator's items only. */
function names(workshopId: string, ids: Iterable<string | null>) {
	const wanted = [...new Set([...ids].filter((id) => id !== null))];
	return namesOf(rowsOf.participants(workshopId, wanted));
}

/** Puts each changed item that still exists, and removes each one that no longer does. */
function itemOps<Name extends string, Item>(
	name: Name,
	keys: Iterable<string>,
	items: Item[],
	keyOf: (item: Item) => string
) {
	const byKey = new Map(items.map((item) => [keyOf(item), item]));
	return [...keys].map((key) => {
		const item = byKey.get(key);
		return item ? { upsert: name, item } : { remove: name, key };
	});
}

/**
 * The patches for a change. `present`: the ids of the participants present now, for progress
 * ("4 of 5 present have voted"); only presence is not in the database.
 */
export function patchesFor(
	workshopId: string,
	change: Change,
	present: readonly string[] = []
): AudiencePatches {
	const dashboard: Patch<FacilitatorState> = [];
	const room: Patch<ParticipantState> = [];
	const beamerOnly: Patch<BeamerState> = [];
	const id = workshopId;

	if (change.steps.size > 0) {
		const rows = new Map(rowsOf.steps(id, [...change.steps]).map((s) => [s.number, s]));
		for (const number of change.steps) {
			const row = rows.get(number);
			if (row) {
				dashboard.push({ upsert: 'steps', item: facilitatorStep(row) });
				room.push({ upsert: 'steps', item: publicStep(row) });
			} else {
				dashboard.push({ remove: 'steps', key: number });
				room.push({ remove: 'steps', key: number });
			}
		}
	}

	if (change.cards.size > 0) {
		const rows = new Map(rowsOf.cards(id, [...change.cards]).map((c) => [c.id, c]));
		const links = linksByAction(rowsOf.links(id, [...change.cards]));
		const authors = names(
			id,
			[...rows.values()].map((c) => c.addedBy)
		);
		for (const cardId of change.cards) {
			const row = rows.get(cardId);
			const visible = row && publicCard(row, links);
			if (row) dashboard.push({ upsert: 'cards', item: facilitatorCard(row, links, authors) });
			else dashboard.push({ remove: 'cards', key: cardId });
			room.push(visible ? { upsert: 'cards', item: visible } : { remove: 'cards', key: cardId });
		}
	}

	if (change.values.size > 0) {
		const rows = new Map(rowsOf.values(id, [...change.values]).map((v) => [v.id, v]));
		for (const valueId of change.values) {
			const row = rows.get(valueId);
			const visible = row && publicValue(row);
			if (row) dashboard.push({ upsert: 'values', item: facilitatorValue(row) });
			else dashboard.push({ remove: 'values', key: valueId });
			room.push(visible ? { upsert: 'values', item: visible } : { remove: 'values', key: valueId });
		}
	}

	if (change.tensions.size > 0) {
		const rows = new Map(rowsOf.tensions(id, [...change.tensions]).map((t) => [t.id, t]));
		for (const tensionId of change.tensions) {
			const row = rows.get(tensionId);
			const visible = row && tensionOf(row);
			const op = visible
				? ({ upsert: 'tensions', item: visible } as const)
				: ({ remove: 'tensions', key: tensionId } as const);
			dashboard.push(op);
			room.push(op);
		}
	}

	if (change.commitments.size > 0) {
		const ids = [...change.commitments];
		const rows = new Map(rowsOf.commitments(id, ids).map((m) => [m.id, m]));
		const actionIds = [...rows.values()].map((m) => m.actionId);
		const texts = new Map(rowsOf.cards(id, actionIds).map((c) => [c.id, c.text]));
		const links = linksByAction(rowsOf.links(id, actionIds));
		const volunteers = rowsOf.volunteers(id, ids);
		const volunteerNames = names(
			id,
			volunteers.map((v) => v.participantId)
		);
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

	if (change.seats) {
		const seats = seatsOf(rowsOf.seats(id));
		dashboard.push({ set: 'seats', value: seats });
		room.push({ set: 'seats', value: seats });
	}

	if (change.voting) {
		const workshop = workshopRow(id);
		if (workshop) {
			const voting = { budget: workshop.dotBudget, maxPerValue: workshop.maxDotsPerValue };
			dashboard.push({ set: 'voting', value: voting });
			room.push({ set: 'voting', value: voting });
		}
	}

	// Results: the dashboard always gets the changed items; the room gets them only once revealed,
	// and a result list whole (or null) when a reveal changed whether it may see it.
	const results = change.tallies.size + change.ratings.size + change.reflections.size;
	if (results > 0 || change.revealed.size > 0) {
		const revealed = revealedResults(rowsOf.steps(id));
		const forRoom = <Op>(name: HiddenResult, ops: Op[], whole: () => unknown) => {
			if (change.revealed.has(name))
				return [{ set: name, value: revealed.has(name) ? whole() : null }];
			return revealed.has(name) ? ops : [];
		};
		const tallies = itemOps(
			'tallies',
			change.tallies,
			talliesOf(rowsOf.votes(id, [...change.tallies])),
			(t) => t.valueId
		);
		const ratings = itemOps(
			'ratings',
			change.ratings,
			ratingsOf(rowsOf.ratings(id, [...change.ratings])),
			(r) => r.actionId
		);
		const reflections = itemOps(
			'reflections',
			change.reflections,
			reflectionsOf(rowsOf.reflections(id, [...change.reflections])),
			(r) => r.principleKey
		);
		dashboard.push(...tallies, ...ratings, ...reflections);
		room.push(
			...(forRoom('tallies', tallies, () =>
				talliesOf(rowsOf.votes(id))
			) as Patch<ParticipantState>),
			...(forRoom('ratings', ratings, () =>
				ratingsOf(rowsOf.ratings(id))
			) as Patch<ParticipantState>),
			...(forRoom('reflections', reflections, () =>
				reflectionsOf(rowsOf.reflections(id))
			) as Patch<ParticipantState>)
		);
	}

	if (change.profiles.size > 0) {
		const rows = new Map(rowsOf.participants(id, [...change.profiles]).map((p) => [p.id, p]));
		for (const participantId of change.profiles) {
			const row = rows.get(participantId);
			dashboard.push(
				row && row.removed === 0
					? { upsert: 'profiles', item: profileOf(row) }
					: { remove: 'profiles', key: participantId }
			);
		}
	}

	if (change.display || change.closingNotes.size > 0) {
		const workshop = workshopRow(id);
		if (workshop && change.display) {
			const display = displayOf(workshop);
			dashboard.push({ set: 'display', value: display });
			beamerOnly.push({ set: 'display', value: display });
		}
		if (workshop && (change.display || workshop.beamerClosingNotes === 1)) {
			beamerOnly.push({
				set: 'sharedNotes',
				value: sharedNotesOf(workshop, rowsOf.closingNotes(id))
			});
		}
	}

	if (change.closingNotes.size > 0) {
		const rows = new Map(
			rowsOf.closingNotes(id, [...change.closingNotes]).map((n) => [n.participantId, n])
		);
		const authors = names(id, change.closingNotes);
		for (const participantId of change.closingNotes) {
			const row = rows.get(participantId);
			dashboard.push(
				row
					? { upsert: 'closingNotes', item: closingNoteOf(row, authors) }
					: { remove: 'closingNotes', key: participantId }
			);
		}
	}

	if (change.progress || change.presence.size > 0) {
		const progress = progressOf(present);
		dashboard.push({ set: 'progress', value: progress });
		beamerOnly.push({ set: 'progress', value: progress });
	}

	return { dashboard, beamer: [...room, ...beamerOnly], participants: room };
}
