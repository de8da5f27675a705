// The six elements of art. 27(1) of the EU AI Act (Regulation (EU) 2024/1689), under which an "art.
// 27 summary" lists the answers to the questions an instrument tags for it. Which element a
// question serves is the question's own `art27` (this app's extension of the format) or, for a
// published instrument whose file only tags the questions (`in_fria`), this app's reading of them,
// kept here by URN and id; a tagged question without one is listed as not assigned.
import type { Art27Element } from './instrument';
import type { Localized } from '../language';

export const ART27_TEXTS: Record<Art27Element, Localized> = {
	a: {
		nl: 'a. De processen waarin het systeem wordt gebruikt, in lijn met het beoogde doel',
		en: 'a. The processes in which the system is used, in line with its intended purpose'
	},
	b: {
		nl: 'b. De periode en de frequentie van het gebruik',
		en: 'b. The period of time and frequency of use'
	},
	c: {
		nl: 'c. De categorieën natuurlijke personen en groepen die door het gebruik kunnen worden geraakt',
		en: 'c. The categories of natural persons and groups likely to be affected'
	},
	d: {
		nl: 'd. De specifieke risico’s op schade voor die categorieën',
		en: 'd. The specific risks of harm likely to affect those categories'
	},
	e: {
		nl: 'e. De maatregelen voor menselijk toezicht',
		en: 'e. The human oversight measures'
	},
	f: {
		nl: 'f. De maatregelen als die risico’s zich voordoen, met interne governance en klachtenregelingen',
		en: 'f. The measures to be taken if those risks materialise, including internal governance and complaint mechanisms'
	}
};

/**
 * This app's reading of the published IAMA v2 (urn:nl:iama), whose file tags nine questions
 * `in_fria` without saying which element each serves: the ids only, none of its text.
 */
export const ART27_BY_URN: Record<string, Record<string, Art27Element>> = {
	'urn:nl:iama': {
		'1.1.2': 'a',
		'3.1.1': 'a',
		'3.1.3': 'b',
		'3.5.1': 'c',
		'3.5.2': 'd',
		'3.2.1': 'e',
		'3.2.2': 'e',
		'3.4.1': 'e',
		'3.4.2': 'f'
	}
};
