// Dot voting on the workshop's values (blind until revealed), own values and tensions.
import { m } from '$lib/paraglide/messages';
import { defineKind } from '../kind';
import type { facilitatorEvents, participantEvents } from './schemas';
import type { ValuesRecord, ValuesState } from './state';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: typeof facilitatorEvents;
	state: ValuesState;
	record: ValuesRecord;
}>()({
	name: 'values',
	accepts: ['value:add', 'value:edit-own', 'value:withdraw', 'vote:set', 'tension:add'],
	hides: ['tallies'],
	progress: m.progress_voted
});
