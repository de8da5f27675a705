// A three-step method that exists to prove that a method is only data: the test suite creates a
// workshop with it, runs it live and exports it (src/lib/server/methods.spec.ts). It is not
// offered to facilitators. Adding it took this folder and one line in ../index.ts.
import { DEFAULT_SEATS } from '../seats';
import type { Catalogue, Method } from '../types';
import catalogue from '../codio/catalogue.json';

const step = (nl: string, en: string) => ({ nl, en });

const miniTest: Method = {
	key: 'mini-test',
	name: step('Testmethode in drie stappen', 'Three-step test method'),
	offered: false,
	catalogue: catalogue as Catalogue,
	seats: DEFAULT_SEATS,
	steps: [
		{
			kind: 'opening',
			minutes: 5,
			title: step('Welkom', 'Welcome'),
			question: step('Wie zijn we?', 'Who are we?'),
			notes: step('', '')
		},
		{
			kind: 'case',
			minutes: 10,
			title: step('Wat speelt er?', 'What is going on?'),
			question: step('Welke risico’s ziet u?', 'Which risks do you see?'),
			notes: step('', '')
		},
		{
			kind: 'commitments',
			minutes: 10,
			title: step('Wat spreken we af?', 'What do we agree?'),
			question: step('Wie doet wat?', 'Who does what?'),
			notes: step('Voeg de afspraken zelf toe.', 'Add the commitments yourself.')
		}
	]
};

export default miniTest;
