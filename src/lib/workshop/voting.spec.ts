import { describe, expect, it } from 'vitest';
import { checkVote, dotsUsed } from './voting';

const rules = { budget: 5, maxPerValue: 2 };

describe('dot voting budget', () => {
	it('allows dots up to the budget and the per-value maximum', () => {
		const current = new Map([
			['privacy', 2],
			['transparency', 2]
		]);
		expect(checkVote(rules, current, 'security', 1)).toEqual({ ok: true });
		expect(checkVote(rules, current, 'security', 2)).toEqual({
			ok: false,
			reason: 'BUDGET_EXCEEDED'
		});
		expect(checkVote(rules, current, 'security', 3)).toEqual({
			ok: false,
			reason: 'TOO_MANY_ON_ONE_VALUE'
		});
	});

	it('treats a vote as setting, so moving dots or retrying never double counts', () => {
		const current = new Map([['privacy', 2]]);
		expect(checkVote(rules, current, 'privacy', 2)).toEqual({ ok: true });
		expect(
			checkVote(
				rules,
				new Map([
					['a', 2],
					['b', 2],
					['c', 1]
				]),
				'c',
				1
			)
		).toEqual({ ok: true });
		expect(
			checkVote(
				rules,
				new Map([
					['a', 2],
					['b', 2],
					['c', 1]
				]),
				'c',
				0
			)
		).toEqual({ ok: true });
	});

	it('always allows taking dots off, also after the budget was lowered below what is in use', () => {
		const lowered = { budget: 3, maxPerValue: 1 };
		const current = new Map([
			['a', 2],
			['b', 2],
			['c', 1]
		]);
		expect(checkVote(lowered, current, 'a', 1)).toEqual({ ok: true });
		expect(checkVote(lowered, current, 'c', 0)).toEqual({ ok: true });
		expect(checkVote(lowered, current, 'c', 2)).toEqual({
			ok: false,
			reason: 'TOO_MANY_ON_ONE_VALUE'
		});
		expect(checkVote({ budget: 3, maxPerValue: 2 }, current, 'c', 2)).toEqual({
			ok: false,
			reason: 'BUDGET_EXCEEDED'
		});
	});

	it('sums the dots in use', () => {
		expect(dotsUsed({ a: 2, b: 1 })).toBe(3);
		expect(dotsUsed({})).toBe(0);
	});
});
