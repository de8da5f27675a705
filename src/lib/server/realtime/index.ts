import { IO_KEY } from './io-server.js';
import { sessionRoom } from './rooms';
import type { AppServer } from './types';

/** The process's Socket.IO server, created by server.js or the Vite plugin; undefined in tests. */
export function getIo(): AppServer | undefined {
	return (globalThis as unknown as Record<symbol, AppServer | undefined>)[IO_KEY];
}

/**
 * Closes the live connections opened under a sign-in session (after signing out): their screens
 * try to reconnect and are refused, instead of going on showing the workshop.
 */
export function disconnectSession(io: AppServer | undefined, sessionId: string): void {
	io?.in(sessionRoom(sessionId)).disconnectSockets(true);
}

export { registerRealtime } from './register';
