// What participants get before the day: the case and purpose, when and where, the steps with
// their minutes, what CODIO is, and how to join. Shown on a public page behind the join code, as
// a one-page PDF and as a calendar invitation; nothing of other participants or invitees is in it
// (the invitation lists invitees' addresses only in the facilitator's own download).
import type { Language } from '$lib/language';
import { getDb } from '../db';
import { planOf, type Plan } from './preparation';

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
	const db = getDb();
	const workshop = db
		.prepare(
			`SELECT w.title, w.organisation, w.case_description AS caseDescription,
				w.scheduled_on AS scheduledOn, w.language, f.display_name AS facilitator,
				w.join_code AS joinCode
			FROM workshops w JOIN facilitators f ON f.id = w.owner_id WHERE w.id = ?`
		)
		.get(workshopId) as Omit<Briefing, keyof Plan | 'steps'> | undefined;
	if (!workshop) return null;
	const steps = (
		db
			.prepare(
				`SELECT title_nl AS nl, title_en AS en, duration_ms AS ms FROM workshop_steps
				WHERE workshop_id = ? ORDER BY number`
			)
			.all(workshopId) as { nl: string; en: string; ms: number }[]
	).map(({ nl, en, ms }) => ({ title: { nl, en }, minutes: Math.round(ms / 60_000) }));
	return { ...workshop, ...planOf(workshopId), steps };
}
