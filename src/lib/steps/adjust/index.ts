// A follow-up's adjustments: commitments changed, closed and added by the facilitator; phones
// volunteer to take one on.
import type { participantEvents } from '../../schemas/commitments';
import { defineKind, type NoState } from '../kind';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: Record<never, never>;
	state: NoState;
	record: Record<never, never>;
}>()({
	name: 'adjust',
	accepts: ['commitment:volunteer'],
	hides: []
});
