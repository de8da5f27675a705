// The progress report of a workshop and the follow-up sessions before it: every commitment once
// (as its newest row) with its status over time, the room's reflection per principle at each
// session, and the obstacles and help named. One plain object, so the PDF and the fingerprint
// (export/record.ts) read the same thing.
import { dutchDate } from '$lib/dates';
import type { Language } from '$lib/language';
import { reflectionMeans } from '$lib/steps/reflection/slice.server';
import { isOverdue, type CardKind, type CommitmentStatus } from '$lib/vocabulary';
import { statement } from '../db/statements';
import { chainOf } from './chain';
import { agreedOn, historyOf } from './commitments';
import { isVisibleCard } from './projections';
import { rowsOf, workshopRow } from './rows';

interface ProgressSession {
	id: string;
	title: string;
	scheduledOn: string;
	/** Principle key → the room's mean score then, and how many answered. */
	reflection: Record<string, { mean: number; count: number }>;
}

interface ProgressCommitment {
	action: string;
	owner: string;
	dueOn: string | null;
	status: CommitmentStatus;
	note: string;
	overdue: boolean;
	/** The session it was last carried into (or agreed in). */
	session: string;
	/** The status from the day it was agreed, then each change, oldest first. */
	timeline: { on: string; status: CommitmentStatus }[];
}

export interface ProgressReport {
	workshop: { title: string; organisation: string; language: Language; facilitator: string };
	/** The day the report describes: what is overdue depends on it. */
	asOf: string;
	/** Oldest first; the last is the workshop the report was made from. */
	sessions: ProgressSession[];
	principles: { key: string; name: { nl: string; en: string } }[];
	commitments: ProgressCommitment[];
	/** The room's cards; null in the organisation's copy (meekijkers read no cards). */
	obstacles:
		{ kind: Extract<CardKind, 'obstacle' | 'help'>; text: string; session: string }[] | null;
}

/**
 * Who reads the report: its facilitators, or the organisation's members who oversee its
 * commitments (a meekijker): their copy has no cards and no owners' notes.
 */
export type ProgressReader = 'facilitators' | 'organisation';

export function progressReportOf(
	workshopId: string,
	today: string,
	reader: ProgressReader = 'facilitators'
): ProgressReport | null {
	const row = workshopRow(workshopId);
	if (!row) return null;
	const workshop = {
		title: row.title,
		organisation: row.organisation,
		language: row.language,
		facilitator: row.facilitator
	};
	const chain = chainOf(workshopId);
	const ids = JSON.stringify(chain.map((s) => s.id));
	const titleOf = new Map(chain.map((s) => [s.id, s.title]));
	const means = reflectionMeans(chain.map((s) => s.id));
	const sessions = chain.map((s) => ({ ...s, reflection: means.get(s.id) ?? {} }));
	const principles = rowsOf
		.principles(workshopId)
		.map(({ key, nameNl, nameEn }) => ({ key, name: { nl: nameNl, en: nameEn } }));

	// Every commitment of the chain once: its newest row (one not carried on within the chain).
	const rows = statement(
		`SELECT m.id, m.workshop_id AS workshopId, c.text AS action, m.owner, m.due_on AS dueOn,
			m.status, m.note
		FROM commitments m JOIN cards c ON c.id = m.action_id
		WHERE m.workshop_id IN (SELECT value FROM json_each(@ids))
			AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.carried_from = m.id
				AND n.workshop_id IN (SELECT value FROM json_each(@ids)))
		ORDER BY m.due_on IS NULL, m.due_on, m.created_at`
	).all({ ids }) as (Omit<ProgressCommitment, 'overdue' | 'session' | 'timeline'> & {
		id: string;
		workshopId: string;
	})[];
	const agreed = agreedOn(rows.map((r) => r.id));
	const statusChanges = new Map<string, { on: string; status: CommitmentStatus }[]>();
	for (const session of chain) {
		const newest = rows.filter((r) => r.workshopId === session.id).map((r) => r.id);
		for (const change of historyOf(session.id, newest).reverse()) {
			if (change.field !== 'status') continue;
			const list = statusChanges.get(change.commitmentId) ?? [];
			list.push({ on: dutchDate(change.changedAt), status: change.newValue as CommitmentStatus });
			statusChanges.set(change.commitmentId, list);
		}
	}
	const commitments = rows.map(({ id, workshopId: sessionId, ...row }) => ({
		...row,
		note: reader === 'organisation' ? '' : row.note,
		overdue: isOverdue(row, today),
		session: titleOf.get(sessionId) ?? '',
		timeline: [
			{ on: dutchDate(agreed.get(id)!), status: 'open' as CommitmentStatus },
			...(statusChanges.get(id) ?? [])
		]
	}));

	const obstacles =
		reader === 'organisation'
			? null
			: chain.flatMap((session) =>
					rowsOf
						.cards(session.id)
						.filter((c) => (c.kind === 'obstacle' || c.kind === 'help') && isVisibleCard(c))
						.map((c) => ({
							kind: c.kind as 'obstacle' | 'help',
							text: c.text,
							session: session.title
						}))
				);

	return {
		workshop,
		asOf: today,
		sessions: sessions.map(({ id, title, scheduledOn, reflection }) => ({
			id,
			title,
			scheduledOn,
			reflection
		})),
		principles,
		commitments,
		obstacles
	};
}

/** Shares of the commitments: done, on track (open or on track, not overdue), overdue. */
export function progressShares(report: ProgressReport) {
	const total = report.commitments.length;
	const count = (test: (c: ProgressCommitment) => boolean) =>
		report.commitments.filter(test).length;
	return {
		total,
		done: count((c) => c.status === 'done'),
		onTrack: count((c) => !c.overdue && (c.status === 'on_track' || c.status === 'open')),
		overdue: count((c) => c.overdue),
		troubled: count((c) => !c.overdue && (c.status === 'delayed' || c.status === 'blocked')),
		dropped: count((c) => c.status === 'dropped')
	};
}
