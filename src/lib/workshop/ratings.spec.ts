import { describe, expect, it } from 'vitest';
import { matrixGeometry, placeInMatrix } from './matrix';
import { orderByPriority, quadrantOf, summarizeRatings, type RatingSummary } from './ratings';

describe('necessity × importance ratings', () => {
	it('summarise to means and spread', () => {
		const summary = summarizeRatings('a', [
			{ necessity: 5, importance: 2 },
			{ necessity: 3, importance: 2 },
			{ necessity: 4, importance: 2 }
		]);
		expect(summary.count).toBe(3);
		expect(summary.necessity.mean).toBe(4);
		expect(summary.necessity.sd).toBeCloseTo(Math.sqrt(2 / 3));
		expect(summary.importance).toEqual({ mean: 2, sd: 0 });
	});

	it('place actions in the four quadrants, split at the middle of the scale', () => {
		const at = (necessity: number, importance: number) =>
			quadrantOf(summarizeRatings('x', [{ necessity, importance }]));
		expect(at(5, 5)).toBe('do-first');
		expect(at(3, 3)).toBe('do-first');
		expect(at(4, 2)).toBe('necessary');
		expect(at(2, 4)).toBe('important');
		expect(at(1, 2)).toBe('later');
	});

	it('order actions by combined score', () => {
		const low = summarizeRatings('low', [{ necessity: 1, importance: 2 }]);
		const high = summarizeRatings('high', [{ necessity: 5, importance: 4 }]);
		const mid = summarizeRatings('mid', [{ necessity: 3, importance: 3 }]);
		expect(orderByPriority([low, high, mid]).map((s) => s.actionId)).toEqual([
			'high',
			'mid',
			'low'
		]);
	});

	it('an action nobody rated has zero means, not NaN', () => {
		expect(summarizeRatings('none', [])).toMatchObject({ count: 0, necessity: { mean: 0, sd: 0 } });
	});
});

describe('the matrix', () => {
	it('fans out actions whose means coincide, so each number can be read', () => {
		const plot = matrixGeometry({ left: 0, top: 0, size: 400 });
		const at = (n: number, i: number): RatingSummary => ({
			actionId: `a${n}${i}`,
			count: 3,
			necessity: { mean: n, sd: 0 },
			importance: { mean: i, sd: 0 }
		});
		const places = placeInMatrix([at(4, 4), at(4, 4), at(4, 4), at(2, 1)], plot, 16);
		expect(places[3]).toEqual({ x: plot.x(2), y: plot.y(1) });
		const together = places.slice(0, 3);
		for (const [i, p] of together.entries()) {
			expect(Math.hypot(p.x - plot.x(4), p.y - plot.y(4))).toBeCloseTo(16);
			for (const q of together.slice(i + 1))
				expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(20);
		}
	});
});
