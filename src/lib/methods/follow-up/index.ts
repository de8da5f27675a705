// The follow-up session of "Van principes naar acties": weeks or months after the workshop, the
// same people (or their successors) look at what became of the commitments. It is planned from a
// workshop (or an earlier follow-up), carries every open commitment, and has the same catalogue,
// so the reflection per principle can be set against the earlier sessions'. Not offered on its
// own: "Plan a follow-up session" on a workshop makes one.
import { DEFAULT_SEATS } from '../seats';
import type { Catalogue, Method } from '../types';
import catalogue from '../codio/catalogue.json';

const followUp: Method = {
	key: 'follow-up',
	name: {
		nl: 'Vervolgsessie: van afspraken naar resultaat',
		en: 'Follow-up: from commitments to results'
	},
	offered: false,
	catalogue: catalogue as Catalogue,
	seats: DEFAULT_SEATS,
	steps: [
		{
			kind: 'opening',
			minutes: 10,
			title: { nl: 'Check-in', en: 'Check-in' },
			question: {
				nl: 'Wie bent u, en wat is er sinds de vorige keer veranderd in uw rol?',
				en: 'Who are you, and what has changed in your role since last time?'
			},
			notes: {
				nl: 'Kijk welke perspectieven er nu zijn en wie er ontbreekt ten opzichte van de vorige keer.',
				en: 'See which perspectives are here now and who is missing compared with last time.'
			}
		},
		{
			kind: 'status',
			minutes: 30,
			title: { nl: 'Stand van zaken', en: 'Status round' },
			question: {
				nl: 'Hoe staat het met elke afspraak: klaar, op schema, vertraagd, geblokkeerd of vervallen?',
				en: 'How does each commitment stand: done, on track, delayed, blocked or dropped?'
			},
			notes: {
				nl: 'Laat eigenaren eerst de stand geven; vraag bij vertraagd en geblokkeerd kort waarom. Het bord op het scherm volgt live.',
				en: 'Let owners give the status first; for delayed and blocked, ask briefly why. The board on the screen follows live.'
			}
		},
		{
			kind: 'obstacles',
			minutes: 25,
			title: { nl: 'Obstakels en hulp', en: 'Obstacles and help' },
			question: {
				nl: 'Wat staat de afspraken in de weg, en wie kan helpen?',
				en: 'What stands in the way of the commitments, and who can help?'
			},
			notes: {
				nl: 'Schrijf eerst in stilte, bespreek dan. Koppel hulp aan een obstakel door ze in hetzelfde cluster te zetten.',
				en: 'Write in silence first, then discuss. Link help to an obstacle by putting them in the same cluster.'
			}
		},
		{
			kind: 'commitments',
			minutes: 30,
			title: {
				nl: 'Bijstellen, reflectie en afsluiting',
				en: 'Adjust, reflect and close'
			},
			question: {
				nl: 'Wat spreken we opnieuw af, en hoe goed zijn de principes nu geborgd?',
				en: 'What do we agree anew, and how well are the principles safeguarded now?'
			},
			notes: {
				nl: 'Pas eigenaren en data aan, sluit wat klaar of vervallen is en voeg nieuwe afspraken toe. Laat daarna iedereen de principes opnieuw scoren; het scherm zet de uitkomst naast die van de vorige keer.',
				en: 'Change owners and dates, close what is done or dropped and add new commitments. Then let everyone score the principles again; the screen sets the result beside last time’s.'
			}
		}
	]
};

export default followUp;
