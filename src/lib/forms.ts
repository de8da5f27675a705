import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance` on a form whose fields show stored values: after the answer, keep what the
 * fields hold instead of resetting them to the values the page was first drawn with.
 */
export const keepValues: SubmitFunction = () => {
	return async ({ update }) => update({ reset: false });
};
