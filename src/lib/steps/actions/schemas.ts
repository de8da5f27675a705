// The actions step's events: phones propose an action for a chosen value; the facilitator adds
// actions and links them to values.
import { z } from 'zod';
import { LIMITS } from '../../limits';
import { actionTextSchema } from '../../schemas/commitments';
import { clientId, id, shortText } from '../../schemas/common';
import { event } from '../../schemas/event';

export const actionProposalSchema = z.strictObject({
	clientId,
	valueId: id,
	text: shortText(LIMITS.cardText)
});

export const actionLinkSchema = z.strictObject({ actionId: id, valueIds: z.array(id).max(40) });

export const participantEvents = { 'action:propose': event(actionProposalSchema, 'added') };

export const facilitatorEvents = {
	'action:add': event(actionTextSchema, 'none'),
	'action:link': event(actionLinkSchema, 'none')
};
