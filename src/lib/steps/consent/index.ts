// A consent check: the room says, from their phones, whether they agree with the step's proposal,
// can live with it, or object (with a reason); shown as a distribution once revealed. Decisions
// (an IAMA's advice, a change of course in a follow-up) end with one.
import { defineKind } from '../kind';
import type { facilitatorEvents, participantEvents } from './schemas';
import type { ConsentRecord, ConsentState } from './state';
import { answered } from '../shared/consent-texts';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: typeof facilitatorEvents;
	state: ConsentState;
	record: ConsentRecord;
}>()({
	name: 'consent',
	accepts: ['consent:set'],
	hides: ['consents'],
	progress: answered
});
