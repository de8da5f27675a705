// What a step kind's folder gives the server (its `index.server.ts`): the commands of the events
// it owns, its slice of the state, how its progress line counts, its export sections, its part of
// the canonical record and what the retention purge deletes of its tables. The registry
// (./index.ts) assembles the folders; nothing else names a kind.
import type { KindTypes, StepKindDefinition } from '$lib/steps/kind';
import type { ExportSection } from '../export/section';
import type { RecordPart } from '../read-model/record-part';
import type { Slice } from '../read-model/slice';
import type { Context } from '../workshops/command';
import type { Handlers } from '../workshops/handlers';

export interface KindServer<T extends KindTypes = KindTypes> {
	kind: StepKindDefinition<T>;
	/** Commands of the participant events this folder owns (a kind may also take others'). */
	participant?: Handlers;
	/** Commands of the dashboard's events about this kind's content. */
	facilitator?: Handlers;
	/** Its part of each audience's state. */
	slice?: Slice<T['state']>;
	/**
	 * Of these present participants, how many did what its progress line counts, in this step (the
	 * current one; a kind whose inputs belong to one step counts that step's), in this workshop.
	 */
	progress?: (present: readonly string[], step: number, workshopId: string) => number;
	/** The sections it adds to the PDF and Markdown, in this order. */
	exports?: readonly ExportSection[];
	/** Its rows in the canonical record (the JSON archive), and back on import. */
	record?: RecordPart;
	/** What the retention purge deletes of its tables: SQL with `:id` for the workshop. */
	purge?: readonly string[];
	/** When two actions are merged: carry what this kind keeps of the one into the other. */
	onCardsMerged?: (ctx: Context, sourceId: string, targetId: string) => void;
}

export const defineKindServer = <T extends KindTypes>(
	kind: StepKindDefinition<T>,
	parts: Omit<KindServer<T>, 'kind'>
): KindServer<T> => ({ kind, ...parts });
