// The six steps of the Goed Digitaal Bestuur workshop ("Van Principes naar Acties"), as data in
// both languages. Default minutes add up to 150 (about 2.5 hours).

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export interface StepTemplate {
	number: 1 | 2 | 3 | 4 | 5 | 6;
	key: 'opening' | 'case' | 'values' | 'actions' | 'ordering' | 'commitments';
	minutes: number;
	title: Record<Language, string>;
	question: Record<Language, string>;
}

export const STEP_COUNT = 6;

export const STEPS: readonly StepTemplate[] = [
	{
		number: 1,
		key: 'opening',
		minutes: 15,
		title: { nl: 'Opening en introductie CODIO', en: 'Opening and CODIO introduction' },
		question: {
			nl: 'Wie bent u, en vanuit welk perspectief kijkt u naar deze casus?',
			en: 'Who are you, and from which perspective do you look at this case?'
		}
	},
	{
		number: 2,
		key: 'case',
		minutes: 20,
		title: { nl: 'Casus verkennen', en: 'Explore the case' },
		question: {
			nl: 'Welke belanghebbenden, risico’s en dilemma’s ziet u in deze casus?',
			en: 'Which stakeholders, risks and dilemmas do you see in this case?'
		}
	},
	{
		number: 3,
		key: 'values',
		minutes: 30,
		title: { nl: 'Waarden en principes identificeren', en: 'Identify values and principles' },
		question: {
			nl: 'Welke publieke waarden staan bij deze casus op het spel?',
			en: 'Which public values are at stake in this case?'
		}
	},
	{
		number: 4,
		key: 'actions',
		minutes: 35,
		title: { nl: 'Acties formuleren', en: 'Formulate actions' },
		question: {
			nl: 'Welke concrete acties borgen de gekozen waarden?',
			en: 'Which concrete actions safeguard the chosen values?'
		}
	},
	{
		number: 5,
		key: 'ordering',
		minutes: 25,
		title: {
			nl: 'Acties ordenen op noodzaak en belang',
			en: 'Order actions by necessity and importance'
		},
		question: {
			nl: 'Hoe noodzakelijk en hoe belangrijk is elke actie?',
			en: 'How necessary and how important is each action?'
		}
	},
	{
		number: 6,
		key: 'commitments',
		minutes: 25,
		title: { nl: 'Afspraken, reflectie en vervolg', en: 'Commitments, reflection and follow-up' },
		question: {
			nl: 'Wie pakt welke actie op, en wanneer?',
			en: 'Who takes on which action, and by when?'
		}
	}
];

export function stepByNumber(number: number): StepTemplate {
	const step = STEPS.find((s) => s.number === number);
	if (!step) throw new RangeError(`There is no step ${number}`);
	return step;
}
