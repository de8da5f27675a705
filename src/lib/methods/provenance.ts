// Where a workshop's values come from, told honestly: for each value, whether its name and its
// place under a principle are named in a public source (which one) or the app's reconstruction,
// or whether the facilitator (or a participant) added or moved it; and whether the workshop's
// list differs from the method's as shipped. Pure, for the catalogue editor and the exports.
import type { Catalogue, Provenance } from './types';

export type ValueOrigin =
	/** As shipped: name and placement each from a source or reconstructed. */
	| { kind: 'shipped'; named: Provenance; placement: Provenance }
	/** A shipped value the facilitator put under another principle. */
	| { kind: 'moved'; named: Provenance }
	/** Not in the method's catalogue: added (or renamed) in this workshop. */
	| { kind: 'added' };

interface WorkshopValue {
	nameNl: string;
	principleKey: string;
	descriptionNl?: string;
	hidden?: boolean;
}

const shippedValues = (catalogue: Catalogue) =>
	catalogue.foundations.flatMap((f) =>
		f.principles.flatMap((p) => p.values.map((v) => ({ ...v, principleKey: p.key })))
	);

const same = (a: string, b: string) =>
	a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

export function valueOrigin(catalogue: Catalogue, value: WorkshopValue): ValueOrigin {
	const shipped = shippedValues(catalogue).find((v) => same(v.name.nl, value.nameNl));
	if (!shipped) return { kind: 'added' };
	if (shipped.principleKey !== value.principleKey) return { kind: 'moved', named: shipped.named };
	return { kind: 'shipped', named: shipped.named, placement: shipped.placement };
}

/** Whether any name or placement of the shipped catalogue is a reconstruction. */
export function partlyReconstructed(catalogue: Catalogue): boolean {
	return shippedValues(catalogue).some(
		(v) => v.named === 'reconstructed' || v.placement === 'reconstructed'
	);
}

/**
 * Whether the workshop's list differs from the method's as shipped: a value added, renamed,
 * moved, hidden, removed, or described differently.
 */
export function catalogueEdited(catalogue: Catalogue, values: readonly WorkshopValue[]): boolean {
	const shipped = shippedValues(catalogue);
	if (values.length !== shipped.length) return true;
	return values.some((value) => {
		const origin = shipped.find((v) => same(v.name.nl, value.nameNl));
		return (
			!origin ||
			origin.principleKey !== value.principleKey ||
			value.hidden === true ||
			(value.descriptionNl !== undefined && value.descriptionNl !== origin.description.nl)
		);
	});
}
