// The necessity × importance matrix: where an action's rating summary sits in a square plot
// (scores 1–5 on each axis, up and right is more) and how large its circle is (the room's
// disagreement). The screens and the PDF draw it with these same numbers.
import type { RatingSummary } from './ratings';

export interface Plot {
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
