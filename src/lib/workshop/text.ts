import type { Localized } from '../codio/catalogue';
import type { Language } from '../codio/steps';
import type { Card, ValueCard, WorkshopState } from './state';

export function asLanguage(locale: string): Language {
	return locale === 'en' ? 'en' : 'nl';
}

export function loc(text: Localized, language: Language): string {
	return text[language] || text.nl;
}

export function valueById(state: WorkshopState, id: string): ValueCard | undefined {
	return state.values.find((v) => v.id === id);
}

export function valueName(state: WorkshopState, id: string, language: Language): string {
	const value = valueById(state, id);
	return value ? loc(value.name, language) : '–';
}

export function principleName(state: WorkshopState, key: string, language: Language): string {
	const principle = state.principles.find((p) => p.key === key);
	return principle ? loc(principle.name, language) : key;
}

/** Visible cards of a kind, oldest first. */
export function visibleCards(state: WorkshopState, kind: Card['kind']): Card[] {
	return state.cards.filter((c) => c.kind === kind && !c.hidden && !c.mergedInto);
}

export function formatScore(n: number, language: Language): string {
	return n.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', {
		maximumFractionDigits: 1,
		minimumFractionDigits: 1
	});
}
