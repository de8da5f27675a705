// A decision step on the server: the facilitator's commands, its slice, its export sections (its
// own, then the consent check's) and its record part. The room's consent answers are the consent
// kind's (its command, slice and progress count).
import { defineKindServer } from '$lib/server/kinds/define';
import { countAnswered } from '../consent/slice.server';
import { facilitatorHandlers } from './commands.server';
import decision from './index';
import { record, sections } from './export.server';
import { decisionSlice } from './slice.server';

export default defineKindServer(decision, {
	facilitator: facilitatorHandlers,
	slice: decisionSlice,
	progress: countAnswered,
	exports: sections,
	record
});
