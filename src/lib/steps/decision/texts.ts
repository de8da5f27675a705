// A decision step's words, Dutch and English.
import { loc, type Language, type Localized } from '../../language';
import type { Advice, Verdict } from './schemas';

export const TEXTS = {
	advice: { nl: 'Advies over de inzet', en: 'Advice on deployment' },
	conditions: { nl: 'Voorwaarden', en: 'Conditions' },
	rationale: { nl: 'Onderbouwing', en: 'Reasons' },
	risks: { nl: 'Restrisico’s en acceptatie', en: 'Residual risks and acceptance' },
	risk: { nl: 'Restrisico', en: 'Residual risk' },
	acceptor: { nl: 'Verantwoordelijke', en: 'Person responsible' },
	verdict: { nl: 'Besluit', en: 'Decision' },
	none: { nl: 'Nog geen advies vastgelegd.', en: 'No advice recorded yet.' },
	noRisks: { nl: 'Geen restrisico’s vastgelegd.', en: 'No residual risks recorded.' },
	save: { nl: 'Advies vastleggen', en: 'Record the advice' },
	add: { nl: 'Restrisico toevoegen', en: 'Add residual risk' },
	remove: { nl: 'Verwijderen', en: 'Remove' },
	undecided: { nl: 'Nog geen advies', en: 'No advice yet' },
	saved: { nl: 'Vastgelegd.', en: 'Recorded.' }
} satisfies Record<string, Localized>;

export const ADVICE_TEXTS: Record<Advice, Localized> = {
	deploy: { nl: 'Inzetten', en: 'Deploy' },
	conditions: { nl: 'Inzetten onder voorwaarden', en: 'Deploy under conditions' },
	no: { nl: 'Niet inzetten', en: 'Do not deploy' }
};

export const VERDICT_TEXTS: Record<Verdict, Localized> = {
	open: { nl: 'Nog niet besloten', en: 'Not decided yet' },
	accepted: { nl: 'Aanvaard', en: 'Accepted' },
	rejected: { nl: 'Niet aanvaard', en: 'Rejected' }
};

export const say = (text: Localized, locale: Language) => loc(text, locale);
