// A consent check on the server: its command, its slice of the state, its progress count, its
// export section and record rows. Its table is its own (./migrations); its answers go with the
// participants when the retention purge deletes them.
import { defineKindServer } from '$lib/server/kinds/define';
import { participantHandlers } from './commands.server';
import consent from './index';
import { record, sections } from './export.server';
import { consentSlice, countAnswered } from './slice.server';

export default defineKindServer(consent, {
	participant: participantHandlers,
	slice: consentSlice,
	progress: countAnswered,
	exports: sections,
	record
});
