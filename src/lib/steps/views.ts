// Finding a kind's view for a surface by the file the registry names. Each surface has its own
// glob of its own views (phone-views.ts, panel-views.ts, beamer-views.ts), so each surface's
// bundle holds only its views: a phone loads a step's screen when the room gets there (lazily,
// within its JavaScript budget) and never a dashboard panel; the dashboard and the beamer have
// theirs at hand, so the server renders them too.
import type { Component } from 'svelte';
import { stepKind } from './registry';

type Module<Props extends Record<string, unknown>> = { default: Component<Props> };

/** A surface's views by file: loaded already (eager) or loaded when needed (lazy). */
export type Views<Props extends Record<string, unknown>> = Record<
	string,
	Module<Props> | (() => Promise<Module<Props>>)
>;

export type Surface = 'phone' | 'panel' | 'beamer';

/** The view a kind declares for a surface; an unknown kind, or a file that is not there, throws. */
export function viewOf<Props extends Record<string, unknown>>(
	views: Views<Props>,
	kind: string,
	surface: Surface
): Module<Props> | (() => Promise<Module<Props>>) {
	const file = stepKind(kind).views[surface];
	const view = views[`./${file}`];
	if (!view) throw new Error(`Step kind "${kind}" names ${file}, which does not exist`);
	return view;
}
