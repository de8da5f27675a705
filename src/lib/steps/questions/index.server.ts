// A questions step on the server: its commands, its slice of the state, its progress count, its
// export section and its record part (the instrument with all that was said of it). Its tables
// are its own (./migrations); the drafts go with the participants when the retention purge
// deletes them.
import { defineKindServer } from '$lib/server/kinds/define';
import { facilitatorHandlers, participantHandlers } from './commands.server';
import { record, sections } from './export.server';
import questions from './index';
import { countDrafted, questionsSlice } from './slice.server';

export default defineKindServer(questions, {
	participant: participantHandlers,
	facilitator: facilitatorHandlers,
	slice: questionsSlice,
	progress: countDrafted,
	exports: sections,
	record
});
