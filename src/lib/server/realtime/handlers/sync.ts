import { emptyPayloadSchema } from '$lib/schemas/step';
import { withAck } from '../ack';
import { snapshotFor } from '../snapshot';
import type { AppServer, AppSocket } from '../types';

/** `state:sync`: the full current state, asked for on every (re)connect that was not recovered. */
export function registerSyncHandlers(io: AppServer, socket: AppSocket) {
	socket.on(
		'state:sync',
		withAck('state:sync', emptyPayloadSchema, () => snapshotFor(io, socket.data))
	);
}
