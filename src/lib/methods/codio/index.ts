// The CODIO workshop "Van principes naar acties": six steps of about 2.5 hours in all, and the
// Code Goed Digitaal Openbaar Bestuur as its catalogue (3 foundations, 6 principles, 32 values).
// Six steps and about 2.5 hours come from the Datawerkplaats; the step names, their boundaries
// and minutes are the app's own reconstruction, and so are most values' names and every value's
// place under a principle (each value says which, in catalogue.json). A facilitator edits all of
// it per workshop.
import { DEFAULT_SEATS } from '../seats';
import type { Catalogue, Method } from '../types';
import catalogue from './catalogue.json';

const codio: Method = {
	key: 'codio',
	name: {
		nl: 'Van principes naar acties (CODIO)',
		en: 'From principles to actions (CODIO)'
	},
	offered: true,
	catalogue: catalogue as Catalogue,
	seats: DEFAULT_SEATS,
	steps: [
		{
			kind: 'opening',
			minutes: 15,
			title: { nl: 'Opening en introductie CODIO', en: 'Opening and CODIO introduction' },
			question: {
				nl: 'Wie bent u, en vanuit welk perspectief kijkt u naar deze casus?',
				en: 'Who are you, and from which perspective do you look at this case?'
			},
			notes: {
				nl: 'Leg de drie fundamenten en zes principes kort uit. Vraag iedereen perspectief (intern of extern) en rol in te vullen; kijk of er perspectieven ontbreken.',
				en: 'Briefly explain the three foundations and six principles. Ask everyone for their perspective (internal or external) and role; check which perspectives are missing.'
			}
		},
		{
			kind: 'case',
			minutes: 20,
			title: { nl: 'Casus verkennen', en: 'Explore the case' },
			question: {
				nl: 'Welke belanghebbenden, risico’s en dilemma’s ziet u in deze casus?',
				en: 'Which stakeholders, risks and dilemmas do you see in this case?'
			},
			notes: {
				nl: 'Laat eerst in stilte kaarten schrijven, bespreek ze daarna. Voeg dubbele kaarten samen en geef clusters een naam.',
				en: 'Let people write cards in silence first, then discuss them. Merge duplicates and name the clusters.'
			}
		},
		{
			kind: 'values',
			minutes: 30,
			title: { nl: 'Waarden en principes identificeren', en: 'Identify values and principles' },
			question: {
				nl: 'Welke publieke waarden staan bij deze casus op het spel?',
				en: 'Which public values are at stake in this case?'
			},
			notes: {
				nl: 'Iedereen verdeelt stippen over de waarden; de uitslag blijft verborgen tot u die toont. Bespreek spanningen tussen waarden en kies daarna de topwaarden.',
				en: 'Everyone spreads dots over the values; the result stays hidden until you show it. Discuss tensions between values, then choose the top values.'
			}
		},
		{
			kind: 'actions',
			minutes: 35,
			title: { nl: 'Acties formuleren', en: 'Formulate actions' },
			question: {
				nl: 'Welke concrete acties borgen de gekozen waarden?',
				en: 'Which concrete actions safeguard the chosen values?'
			},
			notes: {
				nl: 'Vraag per gekozen waarde om acties die iemand morgen kan oppakken. Maak vage voorstellen samen concreet.',
				en: 'For each chosen value, ask for actions someone could start tomorrow. Make vague proposals concrete together.'
			}
		},
		{
			kind: 'rating',
			minutes: 25,
			title: {
				nl: 'Acties ordenen op noodzaak en belang',
				en: 'Order actions by necessity and importance'
			},
			question: {
				nl: 'Hoe noodzakelijk en hoe belangrijk is elke actie?',
				en: 'How necessary and how important is each action?'
			},
			notes: {
				nl: 'Iedereen beoordeelt elke actie; de matrix blijft verborgen tot u die toont. Grote cirkels betekenen verdeeldheid: bespreek die eerst.',
				en: 'Everyone rates every action; the matrix stays hidden until you show it. Large circles mean disagreement: discuss those first.'
			}
		},
		{
			kind: 'commitments',
			minutes: 25,
			title: { nl: 'Afspraken, reflectie en vervolg', en: 'Commitments, reflection and follow-up' },
			question: {
				nl: 'Wie pakt welke actie op, en wanneer?',
				en: 'Who takes on which action, and by when?'
			},
			notes: {
				nl: 'Geef elke afspraak een eigenaar en een datum. Laat daarna per principe reflecteren en sluit af met wat iedereen meeneemt.',
				en: 'Give every commitment an owner and a date. Then reflect per principle and close with what everyone takes away.'
			}
		}
	]
};

export default codio;
