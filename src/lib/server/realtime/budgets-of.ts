import { Budgets } from './budget';
import type { AppServer } from './types';

const budgets = new WeakMap<AppServer, Budgets>();

/** The budgets of one Socket.IO server (each test harness has its own). */
export function budgetsOf(io: AppServer): Budgets {
	let found = budgets.get(io);
	if (!found) budgets.set(io, (found = new Budgets()));
	return found;
}

/** Tests that are about something else (fuzzing validation) lift the budgets of their server. */
export function setBudgets(io: AppServer, replacement: Budgets): void {
	budgets.set(io, replacement);
}
