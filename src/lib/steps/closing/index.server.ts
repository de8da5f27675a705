// The closing on the server: its command, its slice of the state, its export section and record.
import { defineKindServer } from '$lib/server/kinds/define';
import closing from './index';
import { participantHandlers } from './commands.server';
import { record, sections } from './export.server';
import { closingSlice } from './slice.server';

export default defineKindServer(closing, {
	participant: participantHandlers,
	slice: closingSlice,
	exports: sections,
	record
});
