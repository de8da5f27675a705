// A decision step's part of the read model: the advice and the residual risks per decision step,
// the same for every audience (nothing in them is anyone's own, and nothing is blind).
import { defineSlice, itemOps, type SlicePatch } from '$lib/server/read-model/slice';
import { table } from '$lib/server/read-model/table';
import { changeKey } from '$lib/server/workshops/change';
import type { Advice, Verdict } from './schemas';
import type { Decision, DecisionState } from './state';

export const DECISION = { steps: changeKey<number>('decisions') };

export interface DecisionRow {
	step: number;
	advice: Advice | null;
	conditions: string;
	rationale: string;
}
export interface RiskRow {
	id: string;
	step: number;
	text: string;
	acceptor: string;
	verdict: Verdict;
}

const decisionsOf = table<DecisionRow>(
	'SELECT step, advice, conditions, rationale FROM decisions WHERE workshop_id = ?',
	'step',
	'ORDER BY step'
);
const risksOf = table<RiskRow>(
	'SELECT id, step, text, acceptor, verdict FROM decision_risks WHERE workshop_id = ?',
	'step',
	'ORDER BY step, created_at, id'
);

export interface DecisionRows {
	decisions: DecisionRow[];
	risks: RiskRow[];
}

export function decisionsFrom(rows: DecisionRows): Decision[] {
	const steps = new Set([...rows.decisions.map((d) => d.step), ...rows.risks.map((r) => r.step)]);
	return [...steps]
		.sort((a, b) => a - b)
		.map((step) => {
			const d = rows.decisions.find((x) => x.step === step);
			return {
				id: String(step),
				step,
				advice: d?.advice ?? null,
				conditions: d?.conditions ?? '',
				rationale: d?.rationale ?? '',
				risks: rows.risks
					.filter((r) => r.step === step)
					.map(({ id, text, acceptor, verdict }) => ({ id, text, acceptor, verdict }))
			};
		});
}

const load = (workshopId: string): DecisionRows => ({
	decisions: decisionsOf(workshopId),
	risks: risksOf(workshopId)
});

export const decisionSlice = defineSlice<DecisionState>()({
	load,
	facilitator: (rows) => ({ decisions: decisionsFrom(rows) }),
	room: (rows) => ({ decisions: decisionsFrom(rows) }),
	beamer: () => ({}),
	mine: () => ({}),
	patch: ({ workshopId, change }): SlicePatch => {
		const steps = [...change.ids(DECISION.steps)];
		if (steps.length === 0) return {};
		const decisions = decisionsFrom({
			decisions: decisionsOf(workshopId, steps),
			risks: risksOf(workshopId, steps)
		});
		const ops = itemOps('decisions', steps.map(String), decisions, (d) => d.id);
		return { dashboard: ops, room: ops };
	}
});
