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
			kind: 'adjust',
			minutes: 20,
			title: { nl: 'Bijstellen', en: 'Adjust' },
			question: {
				nl: 'Wat spreken we opnieuw af: wie, wat, vóór wanneer?',
				en: 'What do we agree anew: who does what, by when?'
			},
			notes: {
				nl: 'Pas eigenaren en data aan, zet wat klaar of vervallen is op die status en voeg nieuwe afspraken toe. Deelnemers kunnen zich melden als eigenaar.',
				en: 'Change owners and dates, set what is done or dropped to that status and add new commitments. Participants can volunteer as owner.'
			}
		},
		{
			kind: 'reflection',
			minutes: 15,
			title: { nl: 'Reflectie per principe', en: 'Reflection per principle' },
			question: {
				nl: 'Hoe goed zijn de principes nu geborgd?',
				en: 'How well are the principles safeguarded now?'
			},
			notes: {
				nl: 'Iedereen scoort de zes principes opnieuw; de uitkomst blijft verborgen tot u die toont. Het scherm zet hem dan naast die van de vorige keer.',
				en: 'Everyone scores the six principles again; the result stays hidden until you show it. The screen then sets it beside last time’s.'
			}
		},
		{
			kind: 'closing',
			minutes: 10,
			title: { nl: 'Afsluiting', en: 'Close' },
			question: {
				nl: 'Wat neemt u mee, en wanneer zien we elkaar weer?',
				en: 'What do you take away, and when do we meet again?'
			},
			notes: {
				nl: 'Plan eventueel meteen de volgende vervolgsessie vanuit de actielijst.',
				en: 'If useful, plan the next follow-up session from the action list straight away.'
			}
		}
	]
};

export default followUp;
