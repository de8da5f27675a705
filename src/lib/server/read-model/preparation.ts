// Before the day, as the read model has it: the plan, the people invited, and the briefing that
// participants get (the case and purpose, when and where, the steps with their minutes, how to
// join). Nothing of other participants or invitees is in the briefing (the invitation lists
// invitees' addresses only in the facilitator's own download).
import type { Language } from '$lib/language';
import { statement } from '../db/statements';
import type { Invitee, Plan } from '../workshops/preparation';
import { rowsOf, workshopRow } from './rows';

export type { Invitee, Plan } from '../workshops/preparation';

export function planOf(workshopId: string): Plan {
	const workshop = workshopRow(workshopId);
	return {
		purpose: workshop?.purpose ?? '',
		location: workshop?.location ?? '',
		startsAt: workshop?.startsAt ?? null
	};
}

export function inviteesOf(workshopId: string): Invitee[] {
	return statement(
		`SELECT id, name, email, role, side, seat FROM invitees WHERE workshop_id = ?
		ORDER BY created_at, rowid`
	).all(workshopId) as Invitee[];
}

export interface Briefing extends Plan {
	title: string;
	organisation: string;
	caseDescription: string;
	scheduledOn: string;
	language: Language;
	facilitator: string;
	joinCode: string;
	steps: { title: { nl: string; en: string }; minutes: number }[];
}

export function briefingOf(workshopId: string): Briefing | null {
	const workshop = workshopRow(workshopId);
	if (!workshop) return null;
	return {
		title: workshop.title,
		organisation: workshop.organisation,
		caseDescription: workshop.caseDescription,
		scheduledOn: workshop.scheduledOn,
		language: workshop.language,
		facilitator: workshop.facilitator,
		joinCode: workshop.joinCode,
		purpose: workshop.purpose,
		location: workshop.location,
		startsAt: workshop.startsAt,
		steps: rowsOf.steps(workshopId).map((s) => ({
			title: { nl: s.titleNl, en: s.titleEn },
			minutes: Math.round(s.durationMs / 60_000)
		}))
	};
}
