// A questions step's words, Dutch and English, with real plurals: a kind brings its own texts.
import { loc, type Language, type Localized } from '../../language';
import type { ItemStatus } from './state';

export const TEXTS = {
	of: { nl: 'Vraag {n} van {total}', en: 'Question {n} of {total}' },
	notice: { nl: 'Toelichting', en: 'Explanation' },
	yourRole: { nl: 'Deze vraag is voor uw rol', en: 'This question is for your role' },
	forRoles: { nl: 'Gevraagd aan', en: 'Asked of' },
	draft: { nl: 'Uw antwoord en overwegingen', en: 'Your answer and considerations' },
	choose: { nl: 'Uw keuze', en: 'Your choice' },
	send: { nl: 'Versturen', en: 'Send' },
	skipped: {
		nl: 'Deze vraag wordt overgeslagen door een eerder antwoord.',
		en: 'This question is skipped because of an earlier answer.'
	},
	agreed: { nl: 'Vastgesteld antwoord', en: 'Agreed answer' },
	considerations: { nl: 'Belangrijkste overwegingen', en: 'Main considerations' },
	dissent: { nl: 'Afwijkend standpunt', en: 'Minority view' },
	research: { nl: 'Wacht op onderzoek', en: 'Waiting for research' },
	researchSince: {
		nl: 'Uitgezocht sinds de vorige sessie',
		en: 'Looked into since the last session'
	},
	entries: { nl: 'Actiepunten', en: 'Action points' },
	alert: { nl: 'Let op', en: 'Attention' },
	ended: {
		nl: 'Deze sessie is afgesloten. De antwoorden blijven bewaard; we gaan verder in de volgende bijeenkomst.',
		en: 'This session has ended. The answers are kept; we continue at the next meeting.'
	},
	art27: { nl: 'art. 27 AI-verordening', en: 'art. 27 AI Act' },
	drafts: { nl: 'Concepten uit de zaal', en: 'Drafts from the room' },
	hidden: {
		nl: 'De concepten blijven verborgen tot de begeleider ze toont.',
		en: 'The drafts stay hidden until the facilitator shows them.'
	},
	none: { nl: 'Nog geen concepten.', en: 'No drafts yet.' },
	due: { nl: 'uiterlijk', en: 'by' },
	nothing: { nl: 'Dit deel heeft geen vragen.', en: 'This part has no questions.' },
	session: { nl: 'Sessie {n}', en: 'Session {n}' },
	endSession: { nl: 'Sessie afsluiten', en: 'End this session' },
	startSession: { nl: 'Volgende sessie beginnen', en: 'Start the next session' },
	walk: { nl: 'Vragen van dit deel', en: 'Questions of this part' },
	previous: { nl: 'Vorige', en: 'Previous' },
	next: { nl: 'Volgende vraag', en: 'Next question' },
	current: { nl: 'Huidige vraag', en: 'Current question' },
	save: { nl: 'Antwoord vastleggen', en: 'Record the answer' },
	saved: { nl: 'Vastgelegd.', en: 'Recorded.' },
	owner: { nl: 'Eigenaar', en: 'Owner' },
	dueOn: { nl: 'Uiterlijk op', en: 'Due on' },
	entryText: { nl: 'Actiepunt', en: 'Action point' },
	researchText: {
		nl: 'Wat moet worden uitgezocht (leeg: de vraag)',
		en: 'What is to be found out (empty: the question)'
	},
	addEntry: { nl: 'Actiepunt toevoegen', en: 'Add action point' },
	hold: { nl: 'Aanhouden voor onderzoek', en: 'Hold for research' },
	overview: { nl: 'Alle vragen', en: 'All questions' },
	question: { nl: 'Vraag', en: 'Question' },
	status: { nl: 'Stand', en: 'Status' },
	takeValues: {
		nl: 'De gekozen publieke waarden overnemen ({n}, uit de stap met de waarden)',
		en: 'Take over the chosen public values ({n}, from the values step)'
	},
	dots: { nl: '{n} stippen', en: '{n} dots' },
	dot: { nl: '1 stip', en: '1 dot' },
	tensions: { nl: 'Spanningen', en: 'Tensions' }
} satisfies Record<string, Localized>;

export const STATUS_TEXTS: Record<ItemStatus, Localized> = {
	open: { nl: 'Open', en: 'Open' },
	answered: { nl: 'Beantwoord', en: 'Answered' },
	skipped: { nl: 'Overgeslagen', en: 'Skipped' },
	research: { nl: 'Wacht op onderzoek', en: 'Waiting for research' }
};

export const say = (
	text: Localized,
	locale: Language,
	params: Record<string, string | number> = {}
) => loc(text, locale).replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));

/** An agreed value as the screens show it: options by their labels. */
export function valueText(
	q: { options: { value: string; label: string }[] },
	value: string | string[] | null
): string {
	const label = (v: string) => q.options.find((o) => o.value === v)?.label ?? v;
	return value === null ? '' : Array.isArray(value) ? value.map(label).join('; ') : label(value);
}
