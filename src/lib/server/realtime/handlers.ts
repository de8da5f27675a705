// Socket events as a table over the domain commands: the core aggregates' events and every step
// kind's (src/lib/server/kinds). Registering a socket wires every event the same way: validate,
// check who may send it, execute the command (one transaction), publish what changed, answer with
// the result (a phone's own inputs are read after the commit).
import { emptyPayloadSchema } from '$lib/schemas/common';
import { STEP_KINDS } from '$lib/steps';
import { KIND_FACILITATOR_HANDLERS, KIND_PARTICIPANT_HANDLERS } from '../kinds';
import { myState } from '../read-model/state';
import * as cards from '../workshops/cards';
import * as catalogue from '../workshops/catalogue';
import { DomainError, execute, type Actor } from '../workshops/command';
import * as commitments from '../workshops/commitments';
import type { Handler, Handlers } from '../workshops/handlers';
import * as participants from '../workshops/participants';
import * as room from '../workshops/room';
import * as steps from '../workshops/steps';
import { withAck } from './ack';
import { budgetsOf } from './budgets-of';
import { facilitatorAccess } from './facilitator-access';
import { publish } from './publish';
import { beamerSnapshot, dashboardSnapshot, participantSnapshot } from './snapshot';
import { surfaceOf, type AppServer, type AppSocket } from './types';

/** Joins handler tables; an event handled twice is an error at start, naming it. */
function join(...tables: Handlers[]): Handlers {
	const all: Record<string, Handler> = {};
	for (const table of tables) {
		for (const [event, handler] of Object.entries(table)) {
			if (all[event]) throw new Error(`Event "${event}" has two handlers`);
			all[event] = handler;
		}
	}
	return all;
}

export const PARTICIPANT_HANDLERS = join(
	participants.participantHandlers,
	cards.participantHandlers,
	commitments.participantHandlers,
	KIND_PARTICIPANT_HANDLERS
);

export const FACILITATOR_HANDLERS = join(
	steps.facilitatorHandlers,
	participants.facilitatorHandlers,
	cards.facilitatorHandlers,
	catalogue.facilitatorHandlers,
	commitments.facilitatorHandlers,
	room.facilitatorHandlers,
	KIND_FACILITATOR_HANDLERS
);

for (const kind of Object.values(STEP_KINDS)) {
	for (const event of kind.accepts) {
		if (!PARTICIPANT_HANDLERS[event]) {
			throw new Error(`Step kind "${kind.name}" takes "${event}", which nothing handles`);
		}
	}
}

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

/** Each surface answers its sync with its own snapshot (typed: a phone's cannot get another's). */
function answerSyncs(io: AppServer, socket: AppSocket): void {
	const surface = surfaceOf(socket);
	const { workshopId } = socket.data;
	if (surface.view === 'participant') {
		const { participantId } = surface.socket.data;
		surface.socket.on(
			'state:sync',
			withAck('state:sync', emptyPayloadSchema, () =>
				participantSnapshot(workshopId, participantId)
			)
		);
	} else if (surface.view === 'dashboard') {
		surface.socket.on(
			'state:sync',
			withAck('state:sync', emptyPayloadSchema, () => {
				// A dashboard resyncs only while its session may still see the workshop.
				facilitatorActor(socket);
				return dashboardSnapshot(io, workshopId);
			})
		);
	} else {
		surface.socket.on(
			'state:sync',
			withAck('state:sync', emptyPayloadSchema, () => {
				facilitatorActor(socket);
				return beamerSnapshot(io, workshopId);
			})
		);
	}
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

	answerSyncs(io, socket);

	for (const [event, handler] of Object.entries(PARTICIPANT_HANDLERS)) {
		socket.on(
			event as 'profile:set',
			withAck(event, handler.schema, (payload) => {
				// Only phones contribute; the facilitator's screens get a clear refusal.
				if (identity.view !== 'participant') throw new DomainError('FORBIDDEN');
				const { participantId } = identity;
				if (!budgetsOf(io).take('contributions', participantId)) {
					throw new DomainError('RATE_LIMITED');
				}
				const actor: Actor = { kind: 'participant', participantId };
				const { result, change } = execute(
					workshopId,
					actor,
					(ctx) => handler.command(ctx, payload as never),
					event
				);
				// An answer with the phone's own inputs makes `mine:changed` for this tab redundant;
				// after an add it is how the tab learns the item is its own.
				const mine = handler.answer === 'mine';
				publish(io, workshopId, change, mine ? { except: socket.id } : {});
				if (mine) return myState(participantId);
				return handler.answer === 'none' ? null : result;
			}) as never
		);
	}

	for (const [event, handler] of Object.entries(FACILITATOR_HANDLERS)) {
		socket.on(
			event as 'step:set',
			withAck(event, handler.schema, (payload) => {
				// The beamer is a screen for the room: it only shows.
				if (identity.view !== 'dashboard') throw new DomainError('FORBIDDEN');
				const actor = facilitatorActor(socket);
				const { result, change } = execute(workshopId, actor, (ctx) =>
					handler.command(ctx, payload as never)
				);
				publish(io, workshopId, change);
				return handler.answer === 'none' ? null : result;
			}) as never
		);
	}
}
