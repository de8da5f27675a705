// A change as each audience sees it: every slice (the core's and each step kind's) turns the keys
// it knows into patch operations, from the rows of just the items that changed, projected as the
// whole state is. An item an audience may not (or no longer) see is removed from its screen; blind
// results go to the room only once revealed (./reveal.ts). Typed per audience, so a phone's patch
// cannot carry what the phone's state type has no field for.
import { SLICES } from '../kinds';
import type { Change } from '../workshops/change';
import { corePatch } from './core';
import { namesOf } from './projections';
import { revealedResults, type RevealedResults } from './reveal';
import { rowsOf } from './rows';
import type { AudiencePatches, PatchContext } from './slice';
import { progressOf } from './state';

/**
 * The patches for a change. `present`: the ids of the participants present now, for progress
 * ("4 of 5 present have voted"); only presence is not in the database.
 */
export function patchesFor(
	workshopId: string,
	change: Change,
	present: readonly string[] = []
): AudiencePatches {
	let revealed: RevealedResults | undefined;
	const ctx: PatchContext = {
		workshopId,
		change,
		revealed: () => (revealed ??= revealedResults(rowsOf.steps(workshopId))),
		names: (ids) => {
			const wanted = [...new Set([...ids].filter((id) => id !== null))];
			return namesOf(wanted.length === 0 ? [] : rowsOf.participants(workshopId, wanted));
		}
	};
	const parts = [corePatch(ctx), ...SLICES.map((slice) => slice.patch(ctx))];
	const dashboard = parts.flatMap((part) => part.dashboard ?? []);
	const room = parts.flatMap((part) => part.room ?? []);
	const beamer = parts.flatMap((part) => part.beamer ?? []);
	if (change.progress || change.presence.size > 0) {
		const progress = progressOf(workshopId, present);
		dashboard.push({ set: 'progress', value: progress });
		beamer.push({ set: 'progress', value: progress });
	}
	return { dashboard, beamer: [...room, ...beamer], participants: room };
}
