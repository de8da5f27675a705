import type { ClientToServerEvents } from '$lib/realtime/events';

/** Sends one facilitator command; resolves true when the server committed it. */
export type Act = <E extends keyof ClientToServerEvents>(
	event: E,
	payload: Parameters<ClientToServerEvents[E]>[0]
) => Promise<boolean>;
