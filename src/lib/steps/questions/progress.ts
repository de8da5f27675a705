// A questions step's progress line, in the kind's definition (every screen's bundle has it), so
// apart from its other texts.
import type { Language } from '../../language';

const one = (count: number, locale: Language) =>
	new Intl.PluralRules(locale === 'en' ? 'en' : 'nl').select(count) === 'one';

/** "3 van 5 aanwezigen hebben een concept gestuurd". */
export function drafted(
	{ done, present }: { done: number; present: number },
	options: { locale?: Language } = {}
): string {
	const locale = options.locale ?? 'nl';
	if (locale === 'en') {
		return `${done} of ${present} present ${one(done, locale) ? 'has' : 'have'} sent a draft`;
	}
	const who = one(present, locale) ? 'aanwezige' : 'aanwezigen';
	return `${done} van ${present} ${who} ${one(done, locale) ? 'heeft' : 'hebben'} een concept gestuurd`;
}
