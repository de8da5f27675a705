// A `questions` step: the facilitator walks one part of the workshop's instrument, an item at a
// time; phones send drafts and considerations for the current item; the facilitator writes the
// agreed answer, the main considerations and a dissent, holds an item for research and adds
// action points. The drafts stay with the facilitator until the step is revealed.
import { defineKind } from '../kind';
import type { facilitatorEvents, participantEvents } from './schemas';
import type { QuestionsRecord, QuestionsState } from './state';
import { drafted } from './progress';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: typeof facilitatorEvents;
	state: QuestionsState;
	record: QuestionsRecord;
}>()({
	name: 'questions',
	accepts: ['question:draft'],
	hides: ['questionDrafts'],
	progress: drafted
});
