// Types that refuse a leak. Each audience's screens get their own state type, and the server can
// only reach them through functions typed by that audience: sending the dashboard's patch or
// snapshot to a phone, or a blind result to the room without the reveal check, does not compile.
// The lines marked @ts-expect-error are the leaks; `npm run check` (svelte-check) fails if any of
// them compiles, for instance when a guard type is loosened to accept any state.
import { describe, expect, it } from 'vitest';
import type { DashboardSnapshot, ParticipantSnapshot } from '$lib/realtime/events';
import type { VoteTally } from '$lib/steps/values/state';
import type { Patch } from '$lib/workshop/patch';
import type {
	FacilitatorCard,
	FacilitatorState,
	FacilitatorStep,
	ParticipantState,
	Revealed
} from '$lib/workshop/state';
import { publishTo } from './rooms';
import type { AppServer, BeamerSocket, DashboardSocket, ParticipantSocket } from './types';

/** Never run: the compiler reads it. */
export function leaksThatDoNotCompile(
	io: AppServer,
	phone: ParticipantSocket,
	beamer: BeamerSocket,
	dashboard: DashboardSocket,
	facilitator: { patch: Patch<FacilitatorState>; snapshot: DashboardSnapshot },
	room: { patch: Patch<ParticipantState>; snapshot: ParticipantSnapshot },
	items: { card: FacilitatorCard; step: FacilitatorStep; tally: VoteTally }
) {
	// What may go where.
	publishTo(io, 'w', 'dashboard', facilitator.patch);
	publishTo(io, 'w', 'participants', room.patch);
	publishTo(io, 'w', 'beamer', room.patch);
	phone.on('state:sync', (_payload, ack) => ack({ ok: true, data: room.snapshot }));
	dashboard.on('state:sync', (_payload, ack) => ack({ ok: true, data: facilitator.snapshot }));

	// @ts-expect-error the dashboard's patch (notes, authors, hidden items) must not reach the phones
	publishTo(io, 'w', 'participants', facilitator.patch);
	// @ts-expect-error nor the beamer
	publishTo(io, 'w', 'beamer', facilitator.patch);
	// @ts-expect-error a patch leaves the server only through publishTo, for a named audience
	io.to('workshop:w:participants').emit('state:patch', room.patch);
	// @ts-expect-error a phone's socket takes the phones' patches only
	phone.emit('state:patch', facilitator.patch);

	phone.on('state:sync', (_payload, ack) =>
		// @ts-expect-error a phone's sync is answered with a phone's snapshot only
		ack({ ok: true, data: facilitator.snapshot })
	);
	beamer.on('state:sync', (_payload, ack) =>
		// @ts-expect-error so is the beamer's
		ack({ ok: true, data: facilitator.snapshot })
	);

	// @ts-expect-error a card with its author is the dashboard's
	const withAuthor: Patch<ParticipantState> = [{ upsert: 'cards', item: items.card }];
	// @ts-expect-error a step with the facilitator's notes is the dashboard's
	const withNotes: Patch<ParticipantState> = [{ upsert: 'steps', item: items.step }];

	// Blind results: only the reveal check (src/lib/server/read-model/reveal.ts) makes a revealed
	// tally; a plain one does not fit the room's state, as an item or as the whole list.
	// @ts-expect-error a tally that did not pass the reveal check, as an item
	const blindItem: Patch<ParticipantState> = [{ upsert: 'tallies', item: items.tally }];
	// @ts-expect-error as the whole list
	const blindList: Patch<ParticipantState> = [{ set: 'tallies', value: [items.tally] }];
	// @ts-expect-error or in the whole state
	const blindState: ParticipantState['tallies'] = [items.tally];
	const revealed: ParticipantState['tallies'] = [items.tally as Revealed<VoteTally>];

	return [withAuthor, withNotes, blindItem, blindList, blindState, revealed];
}

describe('the audiences’ types', () => {
	it('are checked by the compiler (npm run check): each leak above is an error', () => {
		expect(leaksThatDoNotCompile).toBeTypeOf('function');
	});
});
