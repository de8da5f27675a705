// Test support for the socket specs: a room with a dashboard and two phones, and a way to send
// anything (a malformed payload too) and read the answer.
import { expect } from 'vitest';
import type { ClientToServerEvents } from '$lib/realtime/events';
import { getDb } from '../db';
import {
	connectionOutcome,
	joinedParticipant,
	sendRaw,
	signedInFacilitator,
	workshopOf,
	type Harness,
	type TestClient
} from './realtime-harness';

export const emit =
	(client: TestClient) => (event: keyof ClientToServerEvents | string, payload?: unknown) =>
		sendRaw(client, event, payload);

/** A signed-in facilitator's dashboard and two phones (Anne, Bram) in a new workshop. */
export async function room(harness: Harness) {
	const { facilitator, cookie } = await signedInFacilitator();
	const workshop = workshopOf(facilitator.id);
	const dashboard = harness.connect({ workshopId: workshop.id, view: 'dashboard' }, cookie);
	expect(await connectionOutcome(dashboard)).toBe('connected');
	const phone = (name: string) => {
		const { participant, cookie: phoneCookie } = joinedParticipant(workshop.id, name);
		return {
			participant,
			client: harness.connect({ workshopId: workshop.id, view: 'participant' }, phoneCookie)
		};
	};
	const anne = phone('Anne');
	const bram = phone('Bram');
	expect(await connectionOutcome(anne.client)).toBe('connected');
	expect(await connectionOutcome(bram.client)).toBe('connected');
	const valueId = (name: string) =>
		getDb()
			.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? AND name_nl = ?')
			.pluck()
			.get(workshop.id, name) as string;
	return {
		workshop,
		cookie,
		dashboard: emit(dashboard),
		dashboardClient: dashboard,
		anne,
		bram,
		valueId
	};
}
