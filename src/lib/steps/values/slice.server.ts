// The values step's part of the read model: the dots per value (all of them on the dashboard; for
// the room only once a values step is revealed), the tensions (the facilitator also sees those they
// hid) and the dot rules; a participant's own dots.
import { table, type Flag } from '$lib/server/read-model/table';
import { roomItems, roomResult } from '$lib/server/read-model/reveal';
import { defineSlice, itemOps, none, type SlicePatch } from '$lib/server/read-model/slice';
import { workshopRow, type WorkshopRow } from '$lib/server/read-model/rows';
import { statement } from '$lib/server/db/statements';
import { presentWithRowsIn } from '$lib/server/read-model/people';
import { changeKey } from '$lib/server/workshops/change';
import type { Patch } from '$lib/workshop/patch';
import type { FacilitatorState, ParticipantState } from '$lib/workshop/state';
import type { FacilitatorTension, Tension, ValuesState, VoteTally, VotingRules } from './state';

export const VALUES = {
	tallies: changeKey('tallies', { coalesce: true }),
	tensions: changeKey('tensions'),
	voting: changeKey('voting')
};

export interface VoteRow {
	participantId: string;
	valueId: string;
	dots: number;
}

export interface TensionRow {
	id: string;
	valueAId: string;
	valueBId: string;
	note: string;
	hidden: Flag;
	addedBy: string | null;
}

const votesOf = table<VoteRow>(
	`SELECT v.participant_id AS participantId, v.value_id AS valueId, v.dots
	FROM value_votes v JOIN workshop_values w ON w.id = v.value_id WHERE w.workshop_id = ?`,
	'v.value_id',
	'ORDER BY v.value_id, v.participant_id'
);

const tensionsOf = table<TensionRow>(
	`SELECT id, value_a_id AS valueAId, value_b_id AS valueBId, note, hidden, added_by AS addedBy
	FROM value_tensions WHERE workshop_id = ?`,
	'id',
	'ORDER BY created_at, rowid'
);

/** Dots and voters per value, most dots first. */
function talliesOf(votes: readonly VoteRow[]): VoteTally[] {
	const byValue = new Map<string, VoteTally>();
	for (const vote of votes) {
		const tally = byValue.get(vote.valueId) ?? { valueId: vote.valueId, dots: 0, voters: 0 };
		tally.dots += vote.dots;
		tally.voters += 1;
		byValue.set(vote.valueId, tally);
	}
	return [...byValue.values()].sort((a, b) => b.dots - a.dots || b.voters - a.voters);
}

const facilitatorTension = (row: TensionRow): FacilitatorTension => ({
	id: row.id,
	valueAId: row.valueAId,
	valueBId: row.valueBId,
	note: row.note,
	hidden: row.hidden === 1
});

/** A tension as the room sees it, or null when the facilitator hid it. */
function publicTension(row: TensionRow): Tension | null {
	if (row.hidden === 1) return null;
	const { hidden: _hidden, ...tension } = facilitatorTension(row);
	return tension;
}

const votingOf = (workshop: WorkshopRow): VotingRules => ({
	budget: workshop.dotBudget,
	maxPerValue: workshop.maxDotsPerValue
});

export const valuesSlice = defineSlice<ValuesState>()({
	load: (workshopId) => ({ votes: votesOf(workshopId), tensions: tensionsOf(workshopId) }),
	facilitator: (rows, core) => ({
		tallies: talliesOf(rows.votes),
		tensions: rows.tensions.map(facilitatorTension),
		voting: votingOf(core.workshop)
	}),
	room: (rows, core, revealed) => ({
		tallies: roomResult(revealed, 'tallies', () => talliesOf(rows.votes)),
		tensions: rows.tensions.map(publicTension).filter((t) => t !== null),
		voting: votingOf(core.workshop)
	}),
	beamer: none,
	mine: (participantId) => {
		const votes = statement(
			'SELECT value_id AS valueId, dots FROM value_votes WHERE participant_id = ?'
		).all(participantId) as { valueId: string; dots: number }[];
		return { votes: Object.fromEntries(votes.map((v) => [v.valueId, v.dots])) };
	},
	patch: ({ workshopId: id, change, revealed }): SlicePatch => {
		const dashboard: Patch<FacilitatorState> = [];
		const room: Patch<ParticipantState> = [];
		const tallies = change.ids(VALUES.tallies);
		if (change.revealed.has('tallies')) {
			room.push({
				set: 'tallies',
				value: roomResult(revealed(), 'tallies', () => talliesOf(votesOf(id)))
			});
		}
		if (tallies.size > 0) {
			const items = talliesOf(votesOf(id, [...tallies]));
			dashboard.push(...itemOps('tallies', tallies, items, (t) => t.valueId));
			const visible = roomItems(revealed(), 'tallies', items);
			if (visible && !change.revealed.has('tallies')) {
				room.push(...itemOps('tallies', tallies, visible, (t) => t.valueId));
			}
		}
		const tensions = change.ids(VALUES.tensions);
		if (tensions.size > 0) {
			const rows = new Map(tensionsOf(id, [...tensions]).map((t) => [t.id, t]));
			for (const tensionId of tensions) {
				const row = rows.get(tensionId);
				const visible = row && publicTension(row);
				dashboard.push(
					row
						? { upsert: 'tensions', item: facilitatorTension(row) }
						: { remove: 'tensions', key: tensionId }
				);
				room.push(
					visible ? { upsert: 'tensions', item: visible } : { remove: 'tensions', key: tensionId }
				);
			}
		}
		if (change.has(VALUES.voting)) {
			const workshop = workshopRow(id);
			if (workshop) {
				dashboard.push({ set: 'voting', value: votingOf(workshop) });
				room.push({ set: 'voting', value: votingOf(workshop) });
			}
		}
		return { dashboard, room };
	}
});

/** Of the participants present, how many have put a dot on anything. */
export const countVoted = presentWithRowsIn('value_votes');
