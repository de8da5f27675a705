// What each participant takes away; the beamer can show the notes without names.
import { defineKind } from '../kind';
import type { facilitatorEvents, participantEvents } from './schemas';
import type { ClosingRecord, ClosingState } from './state';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: typeof facilitatorEvents;
	state: ClosingState;
	record: ClosingRecord;
}>()({
	name: 'closing',
	accepts: ['closing:set'],
	hides: []
});
