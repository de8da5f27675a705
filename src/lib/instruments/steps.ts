// The steps a workshop made from an instrument runs: a check-in where each participant says which
// role they bring (the seats view shows which roles are present and missing), the values step on the
// CODIO catalogue (the IAMA asks for the public values at stake), a `questions` step per part (the facilitator
// walks its items one at a time), then the decision (advice, residual risks and who accepts them,
// with the room's consent check) and the action list. Minutes follow the number of questions, as
// the IAMA plans its sessions (about four minutes a question), within a step's limits.
import type { MethodStep } from '../methods';
import type { Instrument } from './instrument';

const same = (text: string) => ({ nl: text, en: text });

export interface InstrumentStep extends MethodStep {
	/** The part of the instrument a `questions` step walks. */
	part?: string;
}

export function stepsOf(instrument: Instrument): InstrumentStep[] {
	const parts = instrument.parts.map((part): InstrumentStep => {
		const items = instrument.items.filter((i) => i.part === part.id && i.type !== 'notice');
		return {
			kind: 'questions',
			part: part.id,
			minutes: Math.min(240, Math.max(10, items.length * 4)),
			title: same(part.title.slice(0, 120)),
			question: same(''),
			notes: same('')
		};
	});
	return [
		{
			kind: 'opening',
			minutes: 10,
			title: { nl: 'Wie zit er aan tafel?', en: 'Who is at the table?' },
			question: {
				nl: 'Wie bent u, en welke rol brengt u mee in deze beoordeling?',
				en: 'Who are you, and which role do you bring to this assessment?'
			},
			notes: {
				nl: 'Kijk welke rollen aanwezig zijn en welke ontbreken: het instrument vraagt om een breed samengesteld team.',
				en: 'See which roles are present and which are missing: the instrument asks for a broad team.'
			}
		},
		{
			kind: 'values',
			minutes: 20,
			title: { nl: 'Publieke waarden', en: 'Public values' },
			question: {
				nl: 'Welke publieke waarden kan de inzet positief of negatief raken? Verdeel uw stippen.',
				en: 'Which public values may the deployment affect, for better or worse? Place your dots.'
			},
			notes: {
				nl: 'Kies hoogstens zes waarden per kant. Het antwoord op de vraag naar publieke waarden kan ze overnemen (knop bij het vastgestelde antwoord).',
				en: 'Choose at most six values per side. The answer to the question about public values can take them over (button by the agreed answer).'
			}
		},
		...parts,
		{
			kind: 'decision',
			minutes: 30,
			title: { nl: 'Advies en restrisico’s', en: 'Advice and residual risks' },
			question: {
				nl: 'Wat adviseren we over de inzet, en wie aanvaardt welke restrisico’s?',
				en: 'What do we advise on deployment, and who accepts which residual risks?'
			},
			notes: same('')
		},
		{
			kind: 'commitments',
			minutes: 15,
			title: { nl: 'Actiepunten en afspraken', en: 'Action points and commitments' },
			question: { nl: 'Wie doet wat, en wanneer?', en: 'Who does what, and by when?' },
			notes: same('')
		}
	];
}
