// Finding a kind's view for a surface. A kind's views are the files of its folder named after the
// surface (`values/Phone.svelte`, `values/Panel.svelte`, `values/Beamer.svelte`). Each surface has
// its own glob of its own views (phone-views.ts, panel-views.ts, beamer-views.ts), so each
// surface's bundle holds only its views: a phone loads a step's screen when the room gets there
// (lazily, within its JavaScript budget) and never a dashboard panel; the dashboard and the beamer
// have theirs at hand, so the server renders them too.
import type { Component } from 'svelte';
import type { FacilitatorStep, PublicStep } from '../workshop/state';

/** What a phone view is given (all views read the rest from their surface's context). */
export type PhoneProps = {
	/** The facilitator has closed input for this step. */
	locked: boolean;
};
/** What a dashboard panel is given: the step it is the panel of. */
export type PanelProps = { step: FacilitatorStep };
/** What a beamer view is given: the step it shows. */
export type BeamerProps = { step: PublicStep };

type Module<Props extends Record<string, unknown>> = { default: Component<Props> };

/** A surface's views by file: loaded already (eager) or loaded when needed (lazy). */
export type Views<Props extends Record<string, unknown>> = Record<
	string,
	Module<Props> | (() => Promise<Module<Props>>)
>;

export type Surface = 'phone' | 'panel' | 'beamer';

const FILE: Record<Surface, string> = { phone: 'Phone', panel: 'Panel', beamer: 'Beamer' };

/** The file of a kind's view for a surface, as the surfaces' globs name it. */
export const viewFile = (kind: string, surface: Surface) => `./${kind}/${FILE[surface]}.svelte`;

/** A kind's view for a surface; a kind without one (unknown, or stored by a newer version) throws. */
export function viewOf<Props extends Record<string, unknown>>(
	views: Views<Props>,
	kind: string,
	surface: Surface
): Module<Props> | (() => Promise<Module<Props>>) {
	const view = Object.hasOwn(views, viewFile(kind, surface))
		? views[viewFile(kind, surface)]
		: null;
	if (!view)
		throw new Error(`Step kind "${kind}" has no ${surface} view (${viewFile(kind, surface)})`);
	return view;
}
