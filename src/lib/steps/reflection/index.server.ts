// The reflection on the server: its command, its slice of the state (with the earlier sessions'),
// its progress count, its export section and record rows.
import { defineKindServer } from '$lib/server/kinds/define';
import { participantHandlers } from './commands.server';
import { record, sections } from './export.server';
import reflection from './index';
import { countReflected, reflectionSlice } from './slice.server';

export default defineKindServer(reflection, {
	participant: participantHandlers,
	slice: reflectionSlice,
	progress: countReflected,
	exports: sections,
	record
});
