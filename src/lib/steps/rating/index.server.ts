// The rating step on the server: its command, its slice of the state, its progress count, its
// export section and record rows; merged actions keep their ratings.
import { defineKindServer } from '$lib/server/kinds/define';
import { carryRatings, participantHandlers } from './commands.server';
import { record, sections } from './export.server';
import rating from './index';
import { countRated, ratingSlice } from './slice.server';

export default defineKindServer(rating, {
	participant: participantHandlers,
	slice: ratingSlice,
	progress: countRated,
	exports: sections,
	record,
	onCardsMerged: carryRatings
});
