// What only the facilitator's dashboard may do: timers, locks and reveals, step and catalogue
// edits, moderation of cards, choosing values and actions, and the commitments.
import type { z } from 'zod';
import * as schemas from '$lib/schemas/facilitation';
import { addTime, pauseTimer, resetTimer, startTimer } from '$lib/workshop/timer';
import { getDb } from '../../db';
import * as content from '../../workshops/content';
import * as contributions from '../../workshops/contributions';
import { removeParticipant } from '../../workshops/participants';
import { setJoinLocked } from '../../workshops/workshops';
import { AckError, withAck } from '../ack';
import { broadcastPresence } from '../presence';
import { facilitatorRoom, participantRoom } from '../rooms';
import { scheduleStateBroadcast } from '../broadcast';
import type { AppServer, AppSocket } from '../types';

export function registerFacilitationHandlers(io: AppServer, socket: AppSocket) {
	const { workshopId } = socket.data;
	const facilitatorName = () =>
		(getDb()
			.prepare('SELECT display_name FROM facilitators WHERE id = ?')
			.pluck()
			.get(socket.data.facilitatorId) as string | undefined) ?? '';

	function on<Schema extends z.ZodType>(
		event: Parameters<AppSocket['on']>[0],
		schema: Schema,
		write: (payload: z.output<Schema>) => boolean | void
	) {
		socket.on(
			event,
			withAck(event, schema, (payload): null => {
				if (socket.data.view !== 'dashboard') throw new AckError('FORBIDDEN');
				if (write(payload) === false) throw new AckError('NOT_FOUND');
				scheduleStateBroadcast(io, workshopId);
				return null;
			})
		);
	}

	on('timer:control', schemas.timerSchema, ({ step, action, seconds }) => {
		const current = content.getStep(workshopId, step);
		if (!current) return false;
		const now = Date.now();
		const timer =
			action === 'start'
				? startTimer(current.timer, now)
				: action === 'pause'
					? pauseTimer(current.timer, now)
					: action === 'reset'
						? resetTimer(current.timer)
						: addTime(current.timer, (seconds ?? 60) * 1000);
		content.saveTimer(workshopId, step, timer);
	});

	on('step:flags', schemas.stepFlagsSchema, ({ step, locked, revealed }) =>
		content.setStepFlags(workshopId, step, { locked, revealed })
	);

	on('step:edit', schemas.stepEditSchema, (edit) => content.editStep(workshopId, edit));

	on('card:edit', schemas.cardEditSchema, ({ id, ...changes }) =>
		contributions.editCard(workshopId, id, changes)
	);

	on('card:merge', schemas.cardMergeSchema, ({ sourceId, targetId }) =>
		contributions.mergeCards(workshopId, sourceId, targetId)
	);

	on('action:add', schemas.facilitatorActionSchema, ({ text, valueIds }) => {
		contributions.addCard(workshopId, 'action', text, null, valueIds);
	});

	on('action:link', schemas.actionLinkSchema, ({ actionId, valueIds }) => {
		if (contributions.getCard(workshopId, actionId)?.kind !== 'action') return false;
		contributions.linkValues(workshopId, actionId, valueIds);
	});

	on('action:select', schemas.actionSelectSchema, ({ actionId, selected }) =>
		contributions.selectAction(workshopId, actionId, selected)
	);

	on('value:select', schemas.valueSelectSchema, ({ valueId, selected }) =>
		content.setValueSelected(workshopId, valueId, selected)
	);

	on('value:edit', schemas.valueEditSchema, (edit) => content.editValue(workshopId, edit));

	on('value:create', schemas.valueCreateSchema, (input) => {
		if (!content.principleExists(workshopId, input.principleKey)) return false;
		content.addValue(workshopId, input);
	});

	on('voting:rules', schemas.votingRulesSchema, ({ budget, maxPerValue }) =>
		content.setVotingRules(workshopId, budget, maxPerValue)
	);

	on('tension:hide', schemas.tensionHideSchema, ({ id, hidden }) =>
		contributions.hideTension(workshopId, id, hidden)
	);

	on('participant:remove', schemas.participantRemoveSchema, ({ participantId }) => {
		if (!removeParticipant(workshopId, participantId)) return false;
		io.in(participantRoom(participantId)).disconnectSockets(true);
		broadcastPresence(io, workshopId);
	});

	on('workshop:join-lock', schemas.joinLockSchema, ({ locked }) => {
		setJoinLocked(workshopId, locked);
		io.to(facilitatorRoom(workshopId)).emit('join-lock:changed', locked);
	});

	on('commitment:update', schemas.commitmentUpdateSchema, ({ id, ...changes }) =>
		contributions.updateCommitment(workshopId, id, changes, facilitatorName())
	);
}
