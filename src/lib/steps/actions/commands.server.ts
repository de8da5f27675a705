// The actions step's commands: a phone proposes an action for a chosen value; the facilitator adds
// actions and links them to values. Actions are cards (the cards aggregate writes them).
import type { z } from 'zod';
import { rowsOf } from '$lib/server/read-model/rows';
import { authorOf, cardOf, insertCard, linkValues } from '$lib/server/workshops/cards';
import { CORE } from '$lib/server/workshops/change';
import { commitmentsOfAction } from '$lib/server/workshops/commitments';
import {
	DomainError,
	facilitatorOf,
	found,
	participantOf,
	type Context
} from '$lib/server/workshops/command';
import { handlers } from '$lib/server/workshops/handlers';
import * as schemas from './schemas';

export function proposeAction(ctx: Context, input: z.output<typeof schemas.actionProposalSchema>) {
	const author = authorOf(ctx, input.clientId);
	found(rowsOf.values(ctx.workshopId, [input.valueId])[0]?.selected);
	const id = insertCard(ctx, 'action', input.text, author, [input.valueId]);
	ctx.change.mine.add(participantOf(ctx));
	return { id };
}

export function addAction(
	ctx: Context,
	input: z.output<(typeof schemas.facilitatorEvents)['action:add']['schema']>
) {
	facilitatorOf(ctx);
	insertCard(ctx, 'action', input.text, null, input.valueIds);
}

export function linkAction(ctx: Context, input: z.output<typeof schemas.actionLinkSchema>) {
	facilitatorOf(ctx);
	if (cardOf(ctx.workshopId, input.actionId)?.kind !== 'action') throw new DomainError('NOT_FOUND');
	linkValues(ctx, input.actionId, input.valueIds);
	// A chosen action's commitment shows the same values.
	ctx.change.touch(CORE.commitments, ...commitmentsOfAction(ctx, input.actionId));
}

export const participantHandlers = handlers(schemas.participantEvents, {
	'action:propose': proposeAction
});

export const facilitatorHandlers = handlers(schemas.facilitatorEvents, {
	'action:add': addAction,
	'action:link': linkAction
});
