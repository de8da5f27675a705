// CODIO's last step: commitments (phones volunteer as owner), the reflection per principle and
// the closing notes together. It takes the reflection's and the closing's events as they are.
import { m } from '$lib/paraglide/messages';
import type { participantEvents as commitmentEvents } from '../../schemas/commitments';
import type { participantEvents as closingEvents } from '../closing/schemas';
import { defineKind, type NoState } from '../kind';
import type { participantEvents as reflectionEvents } from '../reflection/schemas';

export default defineKind<{
	participant: typeof commitmentEvents & typeof reflectionEvents & typeof closingEvents;
	facilitator: Record<never, never>;
	state: NoState;
	record: Record<never, never>;
}>()({
	name: 'commitments',
	accepts: ['commitment:volunteer', 'reflection:set', 'closing:set'],
	hides: ['reflections'],
	progress: m.progress_reflected
});
