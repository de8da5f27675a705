// The case: stakeholders, risks and dilemmas as short cards, which the facilitator edits,
// clusters, merges and hides.
import type { participantEvents } from '../../schemas/cards';
import { defineKind, type NoState } from '../kind';
import { CASE_CARDS } from './cards';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: Record<never, never>;
	state: NoState;
	record: Record<never, never>;
}>()({
	name: 'case',
	accepts: ['card:add', 'card:edit-own', 'card:withdraw'],
	cards: CASE_CARDS,
	hides: []
});
