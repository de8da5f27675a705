// The two languages of the app (Dutch first), and text that exists in both.

export type Language = 'nl' | 'en';
export type Localized = Record<Language, string>;

export function asLanguage(locale: string | undefined): Language {
	return locale === 'en' ? 'en' : 'nl';
}

/** The text in this language, or the Dutch one where the English is empty. */
export function loc(text: Localized, language: Language): string {
	return text[language] || text.nl;
}

/** The locale tag for number and date formatting. */
export function localeTag(language: Language): string {
	return language === 'en' ? 'en-GB' : 'nl-NL';
}
