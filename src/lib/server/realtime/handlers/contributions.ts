// What phones send. Each write is checked against the current step and its lock, committed to
// SQLite, then acknowledged: additions with their id and a patch to every screen, own inputs
// (votes, ratings, ...) with the participant's inputs and a coalesced state update.
import type { z } from 'zod';
import * as schemas from '$lib/schemas/contributions';
import type { Added } from '$lib/realtime/events';
import type { StatePatch } from '$lib/workshop/patch';
import type { MyState } from '$lib/workshop/state';
import { getDb } from '../../db';
import { getStep } from '../../workshops/content';
import * as contributions from '../../workshops/contributions';
import { addValue, principleExists } from '../../workshops/content';
import { buildMyState } from '../../workshops/state';
import { getWorkshop } from '../../workshops/workshops';
import { CONTRIBUTIONS_PER_PARTICIPANT, hitRateLimit } from '../../rate-limit';
import { AckError, withAck } from '../ack';
import { scheduleStateBroadcast, sendPatch } from '../broadcast';
import { participantRoom } from '../rooms';
import type { AppServer, AppSocket } from '../types';

export function registerContributionHandlers(io: AppServer, socket: AppSocket) {
	const { workshopId } = socket.data;
	// Empty for the facilitator's screens, whose writes are refused before it is used.
	const participantId = socket.data.participantId ?? '';

	/** Refuses a write that does not belong to `step`, which must be current and open. */
	function checkWritable(step: number) {
		// Only phones contribute; the facilitator's screens get a clear refusal.
		if (socket.data.view !== 'participant') throw new AckError('FORBIDDEN');
		if (!hitRateLimit(CONTRIBUTIONS_PER_PARTICIPANT, participantId).allowed) {
			throw new AckError('RATE_LIMITED');
		}
		const workshop = getWorkshop(workshopId);
		if (!workshop) throw new AckError('NOT_FOUND');
		if (workshop.currentStep !== step) throw new AckError('WRONG_STEP');
		const current = getStep(workshopId, step);
		if (current?.locked) throw new AckError('LOCKED');
		return current;
	}

	/**
	 * A participant's own input (a vote, a rating, a reflection): answered with their inputs as
	 * they now stand, which their other tabs get too; the totals follow in the next coalesced
	 * state update, for the phones only when they may see them.
	 */
	function onInput<Schema extends z.ZodType>(
		event: Parameters<AppSocket['on']>[0],
		step: number,
		schema: Schema,
		write: (payload: z.output<Schema>) => void,
		/** Who sees the result: phones see blind results only once the step is revealed. */
		audience: 'facilitator' | 'unless-revealed'
	) {
		socket.on(
			event,
			withAck(event, schema, (payload): MyState => {
				const current = checkWritable(step);
				write(payload);
				const phonesSeeIt = audience === 'unless-revealed' && !!current?.revealed;
				scheduleStateBroadcast(io, workshopId, phonesSeeIt ? 'everyone' : 'facilitator');
				const mine = buildMyState(participantId);
				socket.to(participantRoom(participantId)).emit('mine:changed', mine);
				return mine;
			})
		);
	}

	/**
	 * An addition everyone sees (a card, a value, a tension): answered with its id and sent to
	 * every screen at once as a patch. The participant's own inputs do not change.
	 */
	function onAdd<Schema extends z.ZodType>(
		event: Parameters<AppSocket['on']>[0],
		step: number,
		schema: Schema,
		kind: StatePatch['kind'],
		add: (payload: z.output<Schema>) => string
	) {
		socket.on(
			event,
			withAck(event, schema, (payload): Added => {
				checkWritable(step);
				const id = add(payload);
				sendPatch(io, workshopId, kind, id);
				return { id };
			})
		);
	}

	const author = (clientId: string) => ({ participantId, clientId });

	// Profiles show only on the facilitator's screens.
	onInput(
		'profile:set',
		1,
		schemas.profileSchema,
		({ perspective, role }) => contributions.setProfile(participantId, perspective, role),
		'facilitator'
	);

	onAdd('card:add', 2, schemas.caseCardSchema, 'card', ({ clientId, kind, text }) =>
		contributions.addCard(workshopId, kind, text, author(clientId))
	);

	onAdd(
		'value:add',
		3,
		schemas.ownValueSchema,
		'value',
		({ clientId, principleKey, name, description }) => {
			if (!principleExists(workshopId, principleKey)) throw new AckError('NOT_FOUND');
			// A participant's own value is named in their words; both languages show that.
			return addValue(
				workshopId,
				{
					principleKey,
					nameNl: name,
					nameEn: name,
					descriptionNl: description,
					descriptionEn: description
				},
				author(clientId)
			);
		}
	);

	onInput(
		'vote:set',
		3,
		schemas.voteSchema,
		({ valueId, dots }) => {
			const result = contributions.setVote(workshopId, participantId, valueId, dots);
			if (result.ok) return;
			if (result.reason === 'NOT_FOUND') throw new AckError('NOT_FOUND');
			throw new AckError(result.reason === 'BUDGET_EXCEEDED' ? 'BUDGET_EXCEEDED' : 'VALUE_LIMIT');
		},
		'unless-revealed'
	);

	onAdd('tension:add', 3, schemas.tensionSchema, 'tension', (tension) => {
		const { clientId, valueAId, valueBId, note } = tension;
		const id = contributions.addTension(workshopId, valueAId, valueBId, note, author(clientId));
		if (!id) throw new AckError('NOT_FOUND');
		return id;
	});

	onAdd(
		'action:propose',
		4,
		schemas.actionProposalSchema,
		'card',
		({ clientId, valueId, text }) => {
			const value = getDb()
				.prepare('SELECT 1 FROM workshop_values WHERE id = ? AND workshop_id = ? AND selected = 1')
				.get(valueId, workshopId);
			if (!value) throw new AckError('NOT_FOUND');
			return contributions.addCard(workshopId, 'action', text, author(clientId), [valueId]);
		}
	);

	onInput(
		'rating:set',
		5,
		schemas.ratingSchema,
		({ actionId, necessity, importance }) => {
			if (!contributions.setRating(workshopId, participantId, actionId, necessity, importance)) {
				throw new AckError('NOT_FOUND');
			}
		},
		'unless-revealed'
	);

	onInput(
		'commitment:volunteer',
		6,
		schemas.volunteerSchema,
		({ commitmentId, volunteer }) => {
			if (!contributions.setVolunteer(workshopId, participantId, commitmentId, volunteer)) {
				throw new AckError('NOT_FOUND');
			}
		},
		'facilitator'
	);

	onInput(
		'reflection:set',
		6,
		schemas.reflectionSchema,
		({ principleKey, score, comment }) => {
			if (!contributions.setReflection(workshopId, participantId, principleKey, score, comment)) {
				throw new AckError('NOT_FOUND');
			}
		},
		'unless-revealed'
	);

	onInput(
		'closing:set',
		6,
		schemas.closingSchema,
		({ text }) => contributions.setClosingNote(participantId, text),
		'facilitator'
	);
}
