// The Socket.IO server and its sockets, typed per audience. The server as a whole cannot emit a
// state patch: a patch goes out through `publishTo` (./rooms.ts), which takes the patch type of the
// audience it names; and each surface's socket answers its sync with its own snapshot only.
import type { Server, Socket } from 'socket.io';
import type {
	BeamerSnapshot,
	ClientToServerEvents,
	DashboardSnapshot,
	FacilitatorSocketData,
	InterServerEvents,
	ParticipantSnapshot,
	ParticipantSocketData,
	ServerToClientEvents,
	Snapshot,
	SocketData
} from '$lib/realtime/events';
import type {
	AnyState,
	BeamerState,
	FacilitatorState,
	ParticipantState
} from '$lib/workshop/state';

/** What the server may send to any room without knowing its audience: everything but patches. */
type AnyRoomEvents = Omit<ServerToClientEvents<AnyState>, 'state:patch'>;

export type AppServer = Server<
	ClientToServerEvents<Snapshot>,
	AnyRoomEvents,
	InterServerEvents,
	SocketData
>;
export type AppSocket = Socket<
	ClientToServerEvents<Snapshot>,
	AnyRoomEvents,
	InterServerEvents,
	SocketData
>;

type SurfaceSocket<Snap extends Snapshot, State extends AnyState, Data> = Socket<
	ClientToServerEvents<Snap>,
	ServerToClientEvents<State>,
	InterServerEvents,
	Data
>;
export type ParticipantSocket = SurfaceSocket<
	ParticipantSnapshot,
	ParticipantState,
	ParticipantSocketData
>;
export type DashboardSocket = SurfaceSocket<
	DashboardSnapshot,
	FacilitatorState,
	FacilitatorSocketData
>;
export type BeamerSocket = SurfaceSocket<BeamerSnapshot, BeamerState, FacilitatorSocketData>;

/** A socket as the surface it belongs to (told by its handshake), typed for that surface. */
type SurfaceOf =
	| { view: 'participant'; socket: ParticipantSocket }
	| { view: 'dashboard'; socket: DashboardSocket }
	| { view: 'beamer'; socket: BeamerSocket };

export function surfaceOf(socket: AppSocket): SurfaceOf {
	return { view: socket.data.view, socket } as unknown as SurfaceOf;
}
