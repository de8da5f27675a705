// Perspectives worth having at the table when a public body weighs a digital case: data, copied
// into each workshop, where the facilitator renames, removes or adds them. Invitees and the
// participants (on their phones, in the opening) say which one they bring; the dashboard shows which
// are present and which are missing.
import type { Localized } from '../language';

export interface Seat {
	key: string;
	name: Localized;
}

export const DEFAULT_SEATS: readonly Seat[] = [
	{ key: 'bestuurder', name: { nl: 'Bestuurder', en: 'Elected official or executive' } },
	{ key: 'beleid', name: { nl: 'Beleid', en: 'Policy' } },
	{ key: 'uitvoering', name: { nl: 'Uitvoering', en: 'Operations' } },
	{
		key: 'informatiebeveiliging',
		name: { nl: 'Informatiebeveiliging', en: 'Information security' }
	},
	{ key: 'privacy', name: { nl: 'Privacy / FG', en: 'Privacy / DPO' } },
	{ key: 'data', name: { nl: 'Data en algoritmen', en: 'Data and algorithms' } },
	{ key: 'juridisch', name: { nl: 'Juridisch', en: 'Legal' } },
	{ key: 'communicatie', name: { nl: 'Communicatie', en: 'Communications' } },
	{
		key: 'inwoner',
		name: { nl: 'Inwoner of belangenorganisatie', en: 'Resident or advocacy group' }
	},
	{ key: 'leverancier', name: { nl: 'Leverancier', en: 'Supplier' } }
];
