// A follow-up's obstacles, and the help people offer or ask for.
import type { participantEvents } from '../../schemas/cards';
import { defineKind, type NoState } from '../kind';
import { OBSTACLE_CARDS } from './cards';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: Record<never, never>;
	state: NoState;
	record: Record<never, never>;
}>()({
	name: 'obstacles',
	accepts: ['card:add', 'card:edit-own', 'card:withdraw'],
	cards: OBSTACLE_CARDS,
	hides: []
});
