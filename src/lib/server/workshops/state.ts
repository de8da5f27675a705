// Builds what each screen may know of a workshop, fresh from SQLite.
import type {
	Card,
	Commitment,
	MyState,
	PrincipleInfo,
	ReflectionSummary,
	Tension,
	ValueCard,
	VoteTally,
	WorkshopState
} from '$lib/workshop/state';
import type { StatePatch } from '$lib/workshop/patch';
import { summarizeRatings, type Rating } from '$lib/workshop/ratings';
import { getDb } from '../db';
import { listSteps } from './content';

export type Audience = 'facilitator' | 'participants';

function principles(workshopId: string): PrincipleInfo[] {
	const rows = getDb()
		.prepare(
			`SELECT key, foundation_key AS foundationKey, foundation_nl, foundation_en, name_nl, name_en
			FROM catalogue_principles WHERE workshop_id = ? ORDER BY position`
		)
		.all(workshopId) as {
		key: string;
		foundationKey: string;
		foundation_nl: string;
		foundation_en: string;
		name_nl: string;
		name_en: string;
	}[];
	return rows.map((r) => ({
		key: r.key,
		foundationKey: r.foundationKey,
		foundation: { nl: r.foundation_nl, en: r.foundation_en },
		name: { nl: r.name_nl, en: r.name_en }
	}));
}

function values(workshopId: string, valueId?: string): ValueCard[] {
	const rows = getDb()
		.prepare(
			`SELECT id, principle_key AS principleKey, name_nl, name_en, description_nl, description_en,
				selected, hidden, added_by IS NOT NULL AS addedByParticipant
			FROM workshop_values WHERE workshop_id = ? ${valueId ? 'AND id = ?' : ''} ORDER BY position`
		)
		.all(...(valueId ? [workshopId, valueId] : [workshopId])) as {
		id: string;
		principleKey: string;
		name_nl: string;
		name_en: string;
		description_nl: string;
		description_en: string;
		selected: number;
		hidden: number;
		addedByParticipant: number;
	}[];
	return rows.map((r) => ({
		id: r.id,
		principleKey: r.principleKey,
		name: { nl: r.name_nl, en: r.name_en },
		description: { nl: r.description_nl, en: r.description_en },
		selected: r.selected === 1,
		hidden: r.hidden === 1,
		addedByParticipant: r.addedByParticipant === 1
	}));
}

function linkedValues(workshopId: string, actionId?: string): Map<string, string[]> {
	const rows = getDb()
		.prepare(
			`SELECT av.action_id AS actionId, av.value_id AS valueId FROM action_values av
			JOIN cards c ON c.id = av.action_id WHERE c.workshop_id = ? ${actionId ? 'AND c.id = ?' : ''}`
		)
		.all(...(actionId ? [workshopId, actionId] : [workshopId])) as {
		actionId: string;
		valueId: string;
	}[];
	const map = new Map<string, string[]>();
	for (const row of rows) map.set(row.actionId, [...(map.get(row.actionId) ?? []), row.valueId]);
	return map;
}

function cards(workshopId: string, links: Map<string, string[]>, cardId?: string): Card[] {
	const rows = getDb()
		.prepare(
			`SELECT c.id, c.kind, c.text, c.cluster, c.hidden, c.merged_into AS mergedInto, c.selected,
				p.display_name AS author
			FROM cards c LEFT JOIN participants p ON p.id = c.added_by
			WHERE c.workshop_id = ? ${cardId ? 'AND c.id = ?' : ''} ORDER BY c.created_at, c.rowid`
		)
		.all(...(cardId ? [workshopId, cardId] : [workshopId])) as (Omit<
		Card,
		'hidden' | 'selected' | 'valueIds'
	> & {
		hidden: number;
		selected: number;
	})[];
	return rows.map((r) => ({
		...r,
		hidden: r.hidden === 1,
		selected: r.selected === 1,
		valueIds: links.get(r.id) ?? []
	}));
}

function tallies(workshopId: string): VoteTally[] {
	return getDb()
		.prepare(
			`SELECT v.value_id AS valueId, SUM(v.dots) AS dots, COUNT(*) AS voters
			FROM value_votes v JOIN workshop_values w ON w.id = v.value_id
			WHERE w.workshop_id = ? GROUP BY v.value_id ORDER BY dots DESC, voters DESC`
		)
		.all(workshopId) as VoteTally[];
}

function tensions(workshopId: string, tensionId?: string): Tension[] {
	return getDb()
		.prepare(
			`SELECT id, value_a_id AS valueAId, value_b_id AS valueBId, note FROM value_tensions
			WHERE workshop_id = ? AND hidden = 0 ${tensionId ? 'AND id = ?' : ''} ORDER BY created_at, rowid`
		)
		.all(...(tensionId ? [workshopId, tensionId] : [workshopId])) as Tension[];
}

function ratingSummaries(workshopId: string) {
	const rows = getDb()
		.prepare(
			`SELECT r.action_id AS actionId, r.necessity, r.importance FROM action_ratings r
			JOIN cards c ON c.id = r.action_id WHERE c.workshop_id = ?`
		)
		.all(workshopId) as (Rating & { actionId: string })[];
	const byAction = new Map<string, Rating[]>();
	for (const row of rows) byAction.set(row.actionId, [...(byAction.get(row.actionId) ?? []), row]);
	return [...byAction].map(([actionId, ratings]) => summarizeRatings(actionId, ratings));
}

function commitments(workshopId: string, links: Map<string, string[]>): Commitment[] {
	const db = getDb();
	const rows = db
		.prepare(
			`SELECT m.id, m.action_id AS actionId, c.text, m.owner, m.due_on AS dueOn, m.status
			FROM commitments m JOIN cards c ON c.id = m.action_id
			WHERE m.workshop_id = ? ORDER BY m.created_at, m.rowid`
		)
		.all(workshopId) as Omit<Commitment, 'valueIds' | 'volunteers'>[];
	const volunteers = db
		.prepare(
			`SELECT v.commitment_id AS commitmentId, p.id, p.display_name AS displayName
			FROM commitment_volunteers v JOIN participants p ON p.id = v.participant_id
			JOIN commitments m ON m.id = v.commitment_id WHERE m.workshop_id = ? ORDER BY v.created_at`
		)
		.all(workshopId) as { commitmentId: string; id: string; displayName: string }[];
	return rows.map((row) => ({
		...row,
		valueIds: links.get(row.actionId) ?? [],
		volunteers: volunteers
			.filter((v) => v.commitmentId === row.id)
			.map(({ id, displayName }) => ({ id, displayName }))
	}));
}

function reflections(workshopId: string): ReflectionSummary[] {
	const rows = getDb()
		.prepare(
			`SELECT r.principle_key AS principleKey, r.score, r.comment FROM reflections r
			JOIN participants p ON p.id = r.participant_id WHERE p.workshop_id = ? ORDER BY r.updated_at`
		)
		.all(workshopId) as { principleKey: string; score: number; comment: string }[];
	const byPrinciple = new Map<string, { scores: number[]; comments: string[] }>();
	for (const row of rows) {
		const entry = byPrinciple.get(row.principleKey) ?? { scores: [], comments: [] };
		entry.scores.push(row.score);
		if (row.comment) entry.comments.push(row.comment);
		byPrinciple.set(row.principleKey, entry);
	}
	return [...byPrinciple].map(([principleKey, { scores, comments }]) => ({
		principleKey,
		count: scores.length,
		mean: scores.reduce((a, b) => a + b, 0) / scores.length,
		comments
	}));
}

const isPublicValue = (value: ValueCard) => !value.hidden;
const isPublicCard = (card: Card) => !card.hidden && !card.mergedInto;
const publicCard = ({ author: _author, ...card }: Card): Card => card;

/**
 * One added or changed item as the facilitator sees it and as the phones may see it (null when
 * it is not theirs to see), for a patch instead of a whole new state.
 */
export function buildPatch(
	workshopId: string,
	kind: StatePatch['kind'],
	id: string
): { facilitator: StatePatch; participants: StatePatch | null } | null {
	if (kind === 'card') {
		const [card] = cards(workshopId, linkedValues(workshopId, id), id);
		if (!card) return null;
		return {
			facilitator: { kind, item: card },
			participants: isPublicCard(card) ? { kind, item: publicCard(card) } : null
		};
	}
	if (kind === 'value') {
		const [value] = values(workshopId, id);
		if (!value) return null;
		const patch = { kind, item: value };
		return { facilitator: patch, participants: isPublicValue(value) ? patch : null };
	}
	const [tension] = tensions(workshopId, id);
	if (!tension) return null;
	return { facilitator: { kind, item: tension }, participants: { kind, item: tension } };
}

/** The workshop as the facilitator sees it, or as the phones may see it. */
export function buildWorkshopState(
	workshopId: string,
	audience: Audience,
	now = Date.now()
): WorkshopState {
	const db = getDb();
	const full = audience === 'facilitator';
	const steps = listSteps(workshopId);
	const revealed = (n: number) => full || steps.find((s) => s.number === n)?.revealed === true;
	const rules = db
		.prepare(
			'SELECT dot_budget AS budget, max_dots_per_value AS maxPerValue FROM workshops WHERE id = ?'
		)
		.get(workshopId) as { budget: number; maxPerValue: number };
	const voters = db
		.prepare(
			'SELECT COUNT(DISTINCT v.participant_id) FROM value_votes v JOIN participants p ON p.id = v.participant_id WHERE p.workshop_id = ?'
		)
		.pluck()
		.get(workshopId) as number;
	const raters = db
		.prepare(
			'SELECT COUNT(DISTINCT r.participant_id) FROM action_ratings r JOIN participants p ON p.id = r.participant_id WHERE p.workshop_id = ?'
		)
		.pluck()
		.get(workshopId) as number;
	const links = linkedValues(workshopId);
	const allCards = cards(workshopId, links);

	const state: WorkshopState = {
		serverNow: now,
		steps: full ? steps : steps.map(({ notes: _notes, ...step }) => step),
		principles: principles(workshopId),
		values: full ? values(workshopId) : values(workshopId).filter(isPublicValue),
		voting: { ...rules, voters },
		tallies: revealed(3) ? tallies(workshopId) : null,
		tensions: tensions(workshopId),
		cards: full ? allCards : allCards.filter(isPublicCard).map(publicCard),
		raters,
		ratings: revealed(5) ? ratingSummaries(workshopId) : null,
		commitments: commitments(workshopId, links),
		reflections: revealed(6) ? reflections(workshopId) : null
	};
	if (full) {
		state.profiles = db
			.prepare(
				'SELECT id, display_name AS displayName, perspective, role FROM participants WHERE workshop_id = ? AND removed = 0 ORDER BY joined_at, rowid'
			)
			.all(workshopId) as WorkshopState['profiles'];
		state.closingNotes = db
			.prepare(
				`SELECT p.display_name AS author, n.text FROM closing_notes n JOIN participants p ON p.id = n.participant_id
				WHERE p.workshop_id = ? ORDER BY n.updated_at`
			)
			.all(workshopId) as WorkshopState['closingNotes'];
	}
	return state;
}

/** One participant's own inputs. */
export function buildMyState(participantId: string): MyState {
	const db = getDb();
	const profile = db
		.prepare('SELECT perspective, role FROM participants WHERE id = ?')
		.get(participantId) as { perspective: MyState['perspective']; role: string };
	const votes = db
		.prepare('SELECT value_id AS valueId, dots FROM value_votes WHERE participant_id = ?')
		.all(participantId) as { valueId: string; dots: number }[];
	const ratings = db
		.prepare(
			'SELECT action_id AS actionId, necessity, importance FROM action_ratings WHERE participant_id = ?'
		)
		.all(participantId) as (Rating & { actionId: string })[];
	const reflections = db
		.prepare(
			'SELECT principle_key AS principleKey, score, comment FROM reflections WHERE participant_id = ?'
		)
		.all(participantId) as { principleKey: string; score: number; comment: string }[];
	return {
		perspective: profile.perspective,
		role: profile.role,
		votes: Object.fromEntries(votes.map((v) => [v.valueId, v.dots])),
		ratings: Object.fromEntries(
			ratings.map(({ actionId, necessity, importance }) => [actionId, { necessity, importance }])
		),
		volunteered: db
			.prepare('SELECT commitment_id FROM commitment_volunteers WHERE participant_id = ?')
			.pluck()
			.all(participantId) as string[],
		reflections: Object.fromEntries(
			reflections.map(({ principleKey, score, comment }) => [principleKey, { score, comment }])
		),
		closing:
			(db
				.prepare('SELECT text FROM closing_notes WHERE participant_id = ?')
				.pluck()
				.get(participantId) as string | undefined) ?? ''
	};
}
