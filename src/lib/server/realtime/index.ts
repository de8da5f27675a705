import { IO_KEY } from './io-server.js';
import type { AppServer } from './types';

/** The process's Socket.IO server, created by server.js or the Vite plugin; undefined in tests. */
export function getIo(): AppServer | undefined {
	return (globalThis as unknown as Record<symbol, AppServer | undefined>)[IO_KEY];
}

export { registerRealtime } from './register';
