// Socket events as a table over the domain commands: each event names its payload schema and the
// command it runs. Registering a socket wires every event the same way: validate, check who may
// send it, execute the command (one transaction), publish what changed, answer with the result.
import type { z } from 'zod';
import type {
	AckData,
	FacilitatorEvent,
	FacilitatorEvents,
	ParticipantEvent,
	ParticipantEvents
} from '$lib/realtime/events';
import * as contributionSchemas from '$lib/schemas/contributions';
import * as facilitationSchemas from '$lib/schemas/facilitation';
import { emptyPayloadSchema, stepSetSchema } from '$lib/schemas/step';
import { DomainError, execute, type Actor, type Context } from '../workshops/command';
import * as facilitator from '../workshops/commands/facilitator';
import * as participant from '../workshops/commands/participant';
import { withAck } from './ack';
import { budgetsOf } from './budgets-of';
import { facilitatorAccess } from './facilitator-access';
import { publish } from './publish';
import { snapshotFor } from './snapshot';
import type { AppServer, AppSocket } from './types';

interface Handler<Result> {
	schema: z.ZodType;
	command: (ctx: Context, input: never) => Result;
}

/** Pairs a schema with the command that takes what it parses. */
const on = <Schema extends z.ZodType, Result>(
	schema: Schema,
	command: (ctx: Context, input: z.output<Schema>) => Result
): Handler<Result> => ({ schema, command });

const c = contributionSchemas;
const f = facilitationSchemas;

export const PARTICIPANT_HANDLERS = {
	'profile:set': on(c.profileSchema, participant.setProfile),
	'card:add': on(c.caseCardSchema, participant.addCard),
	'value:add': on(c.ownValueSchema, participant.addOwnValue),
	'vote:set': on(c.voteSchema, participant.setVote),
	'tension:add': on(c.tensionSchema, participant.addTension),
	'action:propose': on(c.actionProposalSchema, participant.proposeAction),
	'rating:set': on(c.ratingSchema, participant.setRating),
	'commitment:volunteer': on(c.volunteerSchema, participant.volunteer),
	'reflection:set': on(c.reflectionSchema, participant.setReflection),
	'closing:set': on(c.closingSchema, participant.setClosingNote),
	'status:report': on(c.statusRoundSchema, participant.reportStatus),
	'card:edit-own': on(c.ownCardEditSchema, participant.editOwnCard),
	'card:withdraw': on(c.withdrawSchema, participant.withdrawCard),
	'value:edit-own': on(c.ownValueEditSchema, participant.editOwnValue),
	'value:withdraw': on(c.withdrawSchema, participant.withdrawValue)
} satisfies { [E in ParticipantEvent]: Handler<AckData<E>> };

export const FACILITATOR_HANDLERS = {
	'step:set': on(stepSetSchema, facilitator.setCurrentStep),
	'timer:control': on(f.timerSchema, facilitator.controlTimer),
	'step:flags': on(f.stepFlagsSchema, facilitator.setStepFlags),
	'step:edit': on(f.stepEditSchema, facilitator.editStep),
	'card:edit': on(f.cardEditSchema, facilitator.editCard),
	'card:merge': on(f.cardMergeSchema, facilitator.mergeCards),
	'action:add': on(f.facilitatorActionSchema, facilitator.addAction),
	'action:link': on(f.actionLinkSchema, facilitator.linkAction),
	'action:select': on(f.actionSelectSchema, facilitator.selectAction),
	'commitment:add': on(f.commitmentAddSchema, facilitator.addCommitment),
	'value:select': on(f.valueSelectSchema, facilitator.selectValue),
	'value:edit': on(f.valueEditSchema, facilitator.editValue),
	'value:create': on(f.valueCreateSchema, facilitator.createValue),
	'voting:rules': on(f.votingRulesSchema, facilitator.setVotingRules),
	'tension:hide': on(f.tensionHideSchema, facilitator.hideTension),
	'commitment:update': on(f.commitmentUpdateSchema, facilitator.updateCommitment),
	'participant:remove': on(f.participantRemoveSchema, facilitator.removeParticipant),
	'workshop:join-lock': on(f.joinLockSchema, facilitator.lockJoining),
	'display:set': on(f.displaySchema, facilitator.setDisplay),
	'beamer:page': on(f.beamerPageSchema, facilitator.pageBeamer)
} satisfies { [E in FacilitatorEvent]: Handler<AckData<E>> };

/** The facilitator behind a dashboard socket, as the actor of its commands. */
/**
 * The facilitator behind a dashboard socket, asked again on every event: a session that has ended
 * or lost access to the workshop is refused, and its socket closed once the answer is out.
 */
function facilitatorActor(socket: AppSocket): Actor {
	const identity = socket.data;
	if (identity.view === 'participant') throw new DomainError('FORBIDDEN');
	const displayName = facilitatorAccess(identity);
	if (displayName === null) {
		setImmediate(() => socket.disconnect(true));
		throw new DomainError('UNAUTHORIZED');
	}
	return { kind: 'facilitator', facilitatorId: identity.facilitatorId, displayName };
}

export function registerHandlers(io: AppServer, socket: AppSocket): void {
	const identity = socket.data;
	const { workshopId } = identity;

	// Every event first takes a token from its sender's budget (./budget.ts): a flood is answered
	// RATE_LIMITED before anything is parsed, read or built.
	const phone = identity.view === 'participant';
	const who = phone ? identity.participantId : socket.id;
	socket.use(([event, ...args], next) => {
		const budgets = budgetsOf(io);
		const allowed =
			budgets.take(phone ? 'participantEvents' : 'facilitatorEvents', who) &&
			(event !== 'state:sync' ||
				budgets.take(phone ? 'participantSyncs' : 'facilitatorSyncs', who));
		if (allowed) return next();
		const ack = args.at(-1);
		if (typeof ack === 'function') ack({ ok: false, error: 'RATE_LIMITED' });
	});

	socket.on(
		'state:sync',
		withAck('state:sync', emptyPayloadSchema, () => {
			// A dashboard or beamer resyncs only while its session may still see the workshop.
			if (identity.view !== 'participant') facilitatorActor(socket);
			return snapshotFor(io, identity);
		})
	);

	for (const [event, handler] of Object.entries(PARTICIPANT_HANDLERS) as [
		ParticipantEvent,
		Handler<unknown>
	][]) {
		socket.on(
			event,
			withAck(event, handler.schema, (payload) => {
				// Only phones contribute; the facilitator's screens get a clear refusal.
				if (identity.view !== 'participant') throw new DomainError('FORBIDDEN');
				if (!budgetsOf(io).take('contributions', identity.participantId)) {
					throw new DomainError('RATE_LIMITED');
				}
				const actor: Actor = { kind: 'participant', participantId: identity.participantId };
				const { result, change } = execute(
					workshopId,
					actor,
					(ctx) => handler.command(ctx, payload as never),
					event
				);
				publish(io, workshopId, change, { except: socket.id });
				return result;
			}) as ParticipantEvents[typeof event]
		);
	}

	for (const [event, handler] of Object.entries(FACILITATOR_HANDLERS) as [
		FacilitatorEvent,
		Handler<unknown>
	][]) {
		socket.on(
			event,
			withAck(event, handler.schema, (payload) => {
				// The beamer is a screen for the room: it only shows.
				if (identity.view !== 'dashboard') throw new DomainError('FORBIDDEN');
				const actor = facilitatorActor(socket);
				const { result, change } = execute(workshopId, actor, (ctx) =>
					handler.command(ctx, payload as never)
				);
				publish(io, workshopId, change);
				return result;
			}) as FacilitatorEvents[typeof event]
		);
	}
}
