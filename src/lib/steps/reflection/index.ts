// How well each principle is safeguarded, blind until revealed (beside earlier sessions').
import { m } from '$lib/paraglide/messages';
import { defineKind } from '../kind';
import type { facilitatorEvents, participantEvents } from './schemas';
import type { ReflectionRecord, ReflectionState } from './state';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: typeof facilitatorEvents;
	state: ReflectionState;
	record: ReflectionRecord;
}>()({
	name: 'reflection',
	accepts: ['reflection:set'],
	hides: ['reflections'],
	progress: m.progress_reflected
});
