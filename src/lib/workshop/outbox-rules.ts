// What a step kind says about its writes on an offline phone (its folder's `outbox.ts`): what a
// write sets, so a newer one replaces it, and how the screen shows it while it waits.
import type { ParticipantEvent } from '../realtime/events';
import type { MyState } from './state';

export interface OutboxRule {
	/** What it sets (a value's dots, an action's rating): a newer write of it replaces it. */
	key?(payload: Record<string, unknown>): string;
	/** Lays the waiting write over the participant's own inputs (on a copy). */
	show?(mine: MyState, payload: Record<string, unknown>): void;
}

export type OutboxRules = Partial<Record<ParticipantEvent, OutboxRule>>;
