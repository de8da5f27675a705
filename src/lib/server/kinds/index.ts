// The server's registry of step kinds: each kind folder's `index.server.ts`, found by its path and
// checked against the index of kinds (src/lib/steps/kinds.ts), so a kind is its folder plus one
// line there. Handlers, the read model, the exports, progress and the retention purge ask here.
import { STEP_KINDS, isStepKind, stepKind, type StepKind } from '$lib/steps';
import { onMerge } from '../workshops/cards';
import type { Handler } from '../workshops/handlers';
import type { ExportSection } from '../export/section';
import type { KindServer } from './define';

const FOLDERS = import.meta.glob<{ default: KindServer }>('../../steps/*/index.server.ts', {
	eager: true
});

function assemble(): Record<StepKind, KindServer> {
	const servers: Partial<Record<StepKind, KindServer>> = {};
	for (const [path, module] of Object.entries(FOLDERS)) {
		const name = /steps\/([^/]+)\/index\.server\.ts$/.exec(path)?.[1] ?? path;
		if (!isStepKind(name)) throw new Error(`${path}: "${name}" is not in src/lib/steps/kinds.ts`);
		if (module.default.kind !== STEP_KINDS[name]) {
			throw new Error(`${path} must define the server part of its own kind, "${name}"`);
		}
		servers[name] = module.default;
	}
	for (const name of Object.keys(STEP_KINDS) as StepKind[]) {
		if (!servers[name]) throw new Error(`Step kind "${name}" has no index.server.ts in its folder`);
	}
	return servers as Record<StepKind, KindServer>;
}

export const KIND_SERVERS: Readonly<Record<StepKind, KindServer>> = assemble();

/** The server part of a kind; a kind this app does not know (in stored data) is an error. */
export function kindServer(kind: string): KindServer {
	stepKind(kind);
	return KIND_SERVERS[kind as StepKind];
}

const servers = Object.values(KIND_SERVERS);

/** Every kind's slice of the state, each once (kinds may share one by importing it). */
export const SLICES = [...new Set(servers.flatMap((s) => (s.slice ? [s.slice] : [])))];

/** Every kind's record part, each once. */
export const RECORD_PARTS = [...new Set(servers.flatMap((s) => (s.record ? [s.record] : [])))];

/** The slice whose rows a record part writes (the kind that owns both). */
export const sliceOfRecordPart = new Map(
	servers.flatMap((s) => (s.record && s.slice ? [[s.record, s.slice] as const] : []))
);

/** The handlers of an audience's events that kinds own; an event owned twice is an error. */
function table(audience: 'participant' | 'facilitator'): Readonly<Record<string, Handler>> {
	const all: Record<string, Handler> = {};
	for (const server of servers) {
		for (const [event, handler] of Object.entries(server[audience] ?? {})) {
			if (all[event] && all[event] !== handler) {
				throw new Error(`Event "${event}" is handled by two step kinds`);
			}
			all[event] = handler;
		}
	}
	return all;
}
export const KIND_PARTICIPANT_HANDLERS = table('participant');
export const KIND_FACILITATOR_HANDLERS = table('facilitator');

/** The sections of a workshop's documents: its steps' kinds' sections, in step order, each once. */
export function sectionsOf(steps: readonly { kind: string }[]): ExportSection[] {
	const seen = new Map<string, ExportSection>();
	for (const step of steps) {
		for (const section of kindServer(step.kind).exports ?? []) {
			if (!seen.has(section.name)) seen.set(section.name, section);
		}
	}
	return [...seen.values()];
}

/** What the retention purge deletes of every kind's tables. */
export const PURGES = [...new Set(servers.flatMap((s) => s.purge ?? []))];

// Actions that merge carry what kinds keep of them (the rating step's ratings).
for (const server of servers) if (server.onCardsMerged) onMerge(server.onCardsMerged);
