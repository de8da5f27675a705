// A follow-up's status round: for each carried commitment, how it stands and why.
import { defineKind, type NoState } from '../kind';
import type { facilitatorEvents, participantEvents } from './schemas';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: typeof facilitatorEvents;
	state: NoState;
	record: Record<never, never>;
}>()({
	name: 'status',
	accepts: ['status:report'],
	hides: []
});
