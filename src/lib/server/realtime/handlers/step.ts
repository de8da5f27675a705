import { stepSetSchema } from '$lib/schemas/step';
import { setCurrentStep } from '../../workshops/workshops';
import { AckError, withAck } from '../ack';
import { workshopRoom } from '../rooms';
import type { AppServer, AppSocket } from '../types';

/** `step:set`: the facilitator moves the whole room to a step. */
export function registerStepHandlers(io: AppServer, socket: AppSocket) {
	socket.on(
		'step:set',
		withAck('step:set', stepSetSchema, ({ step }) => {
			if (socket.data.view !== 'dashboard') throw new AckError('FORBIDDEN');
			const workshop = setCurrentStep(socket.data.workshopId, step);
			if (!workshop) throw new AckError('NOT_FOUND');
			const state = { step: workshop.currentStep, changedAt: workshop.stepChangedAt };
			io.to(workshopRoom(workshop.id)).emit('step:changed', state);
			return state;
		})
	);
}
