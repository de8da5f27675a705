// Dot voting: each participant has a budget of dots and may put at most a few on one value.

export interface VotingRules {
	budget: number;
	maxPerValue: number;
}

type VoteCheck = { ok: true } | { ok: false; reason: 'BUDGET_EXCEEDED' | 'TOO_MANY_ON_ONE_VALUE' };

/**
 * Whether setting `dots` on one value keeps a participant within the rules, given the dots they
 * have now (value id → dots). Setting is absolute, so a retried vote never counts twice.
 */
export function checkVote(
	rules: VotingRules,
	current: ReadonlyMap<string, number>,
	valueId: string,
	dots: number
): VoteCheck {
	// Taking dots off is always allowed, also when the facilitator lowered the rules meanwhile.
	if (dots <= (current.get(valueId) ?? 0)) return { ok: true };
	if (dots > rules.maxPerValue) return { ok: false, reason: 'TOO_MANY_ON_ONE_VALUE' };
	let total = dots;
	for (const [id, count] of current) if (id !== valueId) total += count;
	if (total > rules.budget) return { ok: false, reason: 'BUDGET_EXCEEDED' };
	return { ok: true };
}

export function dotsUsed(votes: Readonly<Record<string, number>>): number {
	return Object.values(votes).reduce((sum, n) => sum + n, 0);
}
