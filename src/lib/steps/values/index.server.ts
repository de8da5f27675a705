// The values step on the server: its commands, its slice of the state, its progress count, its
// export sections and record rows, and what the retention purge deletes of it.
import { defineKindServer } from '$lib/server/kinds/define';
import { facilitatorHandlers, participantHandlers } from './commands.server';
import { record, sections } from './export.server';
import values from './index';
import { countVoted, valuesSlice } from './slice.server';

export default defineKindServer(values, {
	participant: participantHandlers,
	facilitator: facilitatorHandlers,
	slice: valuesSlice,
	progress: countVoted,
	exports: sections,
	record,
	// The dots go with the participants; the tensions they named go now.
	purge: ['DELETE FROM value_tensions WHERE workshop_id = :id AND added_by IS NOT NULL']
});
