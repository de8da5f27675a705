// The CODIO catalogue (3 foundations, 6 principles, their values) as data, in Dutch and English.
// Partly reconstructed (see ../shared/reference/codio-research.md): every workshop gets its own
// copy that the facilitator can rename, extend and hide values in, without touching code.
import catalogue from './catalogue.json';
import type { Language } from './steps';

export type Localized = Record<Language, string>;

export interface CatalogueValue {
	key: string;
	name: Localized;
	description: Localized;
	namedInSource: boolean;
}
export interface CataloguePrinciple {
	key: string;
	name: Localized;
	values: CatalogueValue[];
}
export interface CatalogueFoundation {
	key: string;
	name: Localized;
	principles: CataloguePrinciple[];
}

export const CODIO_CATALOGUE: { foundations: CatalogueFoundation[] } = catalogue;
