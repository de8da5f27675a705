// Actions per chosen value: phones propose, the facilitator edits, merges and links them.
import type { participantEvents as cardEvents } from '../../schemas/cards';
import { defineKind, type NoState } from '../kind';
import type { facilitatorEvents, participantEvents } from './schemas';

export default defineKind<{
	participant: typeof participantEvents & typeof cardEvents;
	facilitator: typeof facilitatorEvents;
	state: NoState;
	record: Record<never, never>;
}>()({
	name: 'actions',
	accepts: ['action:propose', 'card:edit-own', 'card:withdraw'],
	cards: ['action'],
	hides: []
});
