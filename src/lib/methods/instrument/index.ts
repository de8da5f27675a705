// An instrument run live: the method of every workshop made from an imported instrument (the IAMA,
// a DPIA, DEDA, ...). Its steps are not here: they come from the instrument (src/lib/instruments/
// steps.ts: a `questions` step per part, then the decision and the action list); the seats are
// the roles such an assessment asks at the table, which the facilitator edits per workshop. Not
// offered on its own: "Start from an instrument" in the library makes one.
import { DEFAULT_SEATS } from '../seats';
import type { Catalogue, Method } from '../types';
import catalogue from '../codio/catalogue.json';

const seat = (key: string, nl: string, en: string) => ({ key, name: { nl, en } });

const instrument: Method = {
	key: 'instrument',
	name: { nl: 'Instrument, live met de groep', en: 'Instrument, live with the group' },
	offered: false,
	catalogue: catalogue as Catalogue,
	seats: [
		seat('projectleider', 'Projectleider', 'Project lead'),
		seat('data-scientist', 'Data scientist', 'Data scientist'),
		seat('jurist', 'Jurist', 'Lawyer'),
		...DEFAULT_SEATS.filter((s) => !['juridisch', 'data'].includes(s.key))
	],
	steps: [],
	fromInstrument: true
};

export default instrument;
