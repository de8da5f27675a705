// The opening (or a follow-up's check-in): each participant gives their side, role and seat.
import { m } from '$lib/paraglide/messages';
import type { participantEvents } from '../../schemas/participants';
import { defineKind, type NoState } from '../kind';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: Record<never, never>;
	state: NoState;
	record: Record<never, never>;
}>()({
	name: 'opening',
	accepts: ['profile:set'],
	hides: [],
	progress: m.progress_profiled
});
