// What a method is: a named, ordered list of steps (each of a step kind) and a catalogue of
// values. A method is data, in its own folder; the step kinds hold the behaviour.
import type { Localized } from '../language';
import type { StepKind } from '../steps';
import type { Seat } from './seats';

export interface MethodStep {
	kind: StepKind;
	minutes: number;
	title: Localized;
	question: Localized;
	/** Private tips for the facilitator, copied into the workshop in its language. */
	notes: Localized;
}

/** Where a value's name or its place under a principle comes from. */
export type Provenance = { source: string } | 'reconstructed';

interface CatalogueValue {
	key: string;
	name: Localized;
	description: Localized;
	/** Named in a public source (with that source), or the app's own reconstruction. */
	named: Provenance;
	/** Its place under this principle: from a public source, or reconstructed. */
	placement: Provenance;
}

interface CataloguePrinciple {
	key: string;
	name: Localized;
	values: CatalogueValue[];
}

interface CatalogueFoundation {
	key: string;
	name: Localized;
	principles: CataloguePrinciple[];
}

export interface Catalogue {
	foundations: CatalogueFoundation[];
}

export interface Method {
	key: string;
	name: Localized;
	/** Offered when a facilitator creates a workshop (a follow-up is made from a workshop instead). */
	offered: boolean;
	/** Its steps; none for a method whose steps come from an imported instrument. */
	steps: readonly MethodStep[];
	/** Its steps are made from an imported instrument when a workshop starts (../instrument). */
	fromInstrument?: true;
	catalogue: Catalogue;
	/** The perspectives worth having at the table (copied into each workshop, then edited). */
	seats: readonly Seat[];
}
