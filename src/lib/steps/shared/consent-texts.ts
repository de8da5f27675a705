// The consent check's words, Dutch and English, with real plurals: a kind brings its own texts.
import { loc, type Language, type Localized } from '../../language';
import type { Position } from './consent-rules';

export const TEXTS = {
	heading: { nl: 'Instemming', en: 'Consent' },
	ask: { nl: 'Waar staat u?', en: 'Where do you stand?' },
	reason: { nl: 'Waarom? (bij bezwaar verplicht)', en: 'Why? (required for an objection)' },
	reasonNeeded: {
		nl: 'Zeg bij een bezwaar waarom: dan kan de groep het voorstel verbeteren.',
		en: 'With an objection, say why: then the group can improve the proposal.'
	},
	send: { nl: 'Opslaan', en: 'Save' },
	yours: { nl: 'Uw antwoord', en: 'Your answer' },
	hidden: {
		nl: 'De uitslag blijft verborgen tot de begeleider hem toont.',
		en: 'The result stays hidden until the facilitator shows it.'
	},
	reasons: { nl: 'Redenen', en: 'Reasons' },
	none: { nl: 'Nog geen antwoorden.', en: 'No answers yet.' }
} satisfies Record<string, Localized>;

export const POSITION_TEXTS: Record<Position, Localized> = {
	agree: { nl: 'Akkoord', en: 'Agree' },
	accept: { nl: 'Kan ermee leven', en: 'Can live with it' },
	object: { nl: 'Bezwaar', en: 'Object' }
};

export const say = (text: Localized, locale: Language) => loc(text, locale);

const plural = (count: number, locale: Language) =>
	new Intl.PluralRules(locale === 'en' ? 'en' : 'nl').select(count) === 'one';

/** "3 van 5 aanwezigen hebben gereageerd", as the other steps' progress lines say it. */
export function answered(
	{ done, present }: { done: number; present: number },
	options: { locale?: Language } = {}
): string {
	const locale = options.locale ?? 'nl';
	if (locale === 'en') {
		return `${done} of ${present} present ${plural(done, locale) ? 'has' : 'have'} answered`;
	}
	const who = plural(present, locale) ? 'aanwezige' : 'aanwezigen';
	return `${done} van ${present} ${who} ${plural(done, locale) ? 'heeft' : 'hebben'} gereageerd`;
}

/** "2 deelnemers", "1 participant". */
export function people(count: number, locale: Language): string {
	if (locale === 'en') return `${count} ${plural(count, locale) ? 'participant' : 'participants'}`;
	return `${count} ${plural(count, locale) ? 'deelnemer' : 'deelnemers'}`;
}
