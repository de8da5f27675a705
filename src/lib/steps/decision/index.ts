// A decision: the advice an instrument ends with (deploy, deploy under conditions, do not deploy),
// the residual risks with the person responsible who accepts or rejects each, and the room's
// consent check on it, from their phones (the consent kind's event, counted as its distribution,
// blind until revealed).
import type { participantEvents } from '../consent/schemas';
import { defineKind } from '../kind';
import { answered } from '../shared/consent-texts';
import type { facilitatorEvents } from './schemas';
import type { DecisionRecord, DecisionState } from './state';

export default defineKind<{
	participant: typeof participantEvents;
	facilitator: typeof facilitatorEvents;
	state: DecisionState;
	record: DecisionRecord;
}>()({
	name: 'decision',
	accepts: ['consent:set'],
	hides: ['consents'],
	progress: answered
});
