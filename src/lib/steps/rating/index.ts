// Necessity × importance ratings per action; the matrix shows means and spread once revealed.
import { m } from '$lib/paraglide/messages';
import { defineKind } from '../kind';
import type { facilitatorEvents, participantEvents } from './schemas';
import type { RatingRecord, RatingState } from './state';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: typeof facilitatorEvents;
	state: RatingState;
	record: RatingRecord;
}>()({
	name: 'rating',
	accepts: ['rating:set'],
	hides: ['ratings'],
	progress: m.progress_rated
});
