// The necessity × importance matrix: where an action's rating summary sits in a square plot
// (scores 1–5 on each axis, up and right is more) and how large its circle is (the room's
// disagreement). The screens and the PDF draw it with these same numbers.
import type { RatingSummary } from './ratings';

interface Plot {
	left: number;
	top: number;
	size: number;
}

export function matrixGeometry(plot: Plot) {
	const unit = plot.size / 4;
	return {
		/** Horizontal position of a necessity score. */
		x: (score: number) => plot.left + (score - 1) * unit,
		/** Vertical position of an importance score. */
		y: (score: number) => plot.top + plot.size - (score - 1) * unit,
		/** The middle of each axis (score 3), where the quadrants meet. */
		middle: { x: plot.left + plot.size / 2, y: plot.top + plot.size / 2 },
		/** A circle's radius: larger where the room disagrees more. */
		radius: (summary: RatingSummary) =>
			(plot.size / 320) * (9 + Math.min(14, (summary.necessity.sd + summary.importance.sd) * 5))
	};
}

/**
 * Where to draw each summary's circle and number: at its means, except that actions whose means
 * (nearly) coincide are fanned out around their shared point, so every number stays readable.
 */
export function placeInMatrix(
	summaries: readonly RatingSummary[],
	plot: ReturnType<typeof matrixGeometry>,
	spread: number
): { x: number; y: number }[] {
	const points = summaries.map((s) => ({
		x: plot.x(s.necessity.mean),
		y: plot.y(s.importance.mean)
	}));
	const groups = new Map<string, number[]>();
	points.forEach((p, i) => {
		const key = `${Math.round(p.x / spread)}:${Math.round(p.y / spread)}`;
		groups.set(key, [...(groups.get(key) ?? []), i]);
	});
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		members.forEach((index, n) => {
			const angle = (2 * Math.PI * n) / members.length - Math.PI / 2;
			points[index] = {
				x: points[index]!.x + Math.cos(angle) * spread,
				y: points[index]!.y + Math.sin(angle) * spread
			};
		});
	}
	return points;
}
