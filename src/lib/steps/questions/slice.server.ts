// A questions step's part of the read model. Every audience gets, per questions step, the item it
// is at (its explanation, status and agreed answer), the alerts that hold, the research holds and
// the session; the facilitator also every item's status and the drafts with names and roles; the
// room the drafts of a revealed step, without names. Statuses follow the agreed answers through
// the instrument's conditions (`askedItems`), so an answer that skips or stops reaches every
// screen with the same patch.
import { createHash } from 'node:crypto';
import { activeAlerts, askedItems, itemStatus } from '$lib/instruments/conditions';
import type { AnswerValue, Item } from '$lib/instruments/instrument';
import { isClosed, type CommitmentStatus } from '$lib/vocabulary';
import { statement } from '$lib/server/db/statements';
import { instrumentOf, type WorkshopInstrument } from '$lib/server/read-model/instrument';
import { revealedSteps, roomItemsOfSteps, roomStepsOf } from '$lib/server/read-model/reveal';
import { rowsOf } from '$lib/server/read-model/rows';
import { defineSlice, itemOps, type SlicePatch } from '$lib/server/read-model/slice';
import { table } from '$lib/server/read-model/table';
import { CORE, changeKey } from '$lib/server/workshops/change';
import type { Patch } from '$lib/workshop/patch';
import type { FacilitatorState, ParticipantState } from '$lib/workshop/state';
import type {
	Agreed,
	CurrentItem,
	Entry,
	FacilitatorDraft,
	ItemOverview,
	ItemStatus,
	QuestionsState,
	Research,
	RoomDraft,
	Session
} from './state';

export const QUESTIONS = {
	/** Steps whose current item moved. */
	cursor: changeKey<number>('question-cursor'),
	/** Items whose agreed answer, research or action points changed. */
	answers: changeKey('question-answers'),
	/** `<participant>:<item>` of drafts that changed: coalesced, like other inputs of the room. */
	drafts: changeKey('question-drafts', { coalesce: true }),
	session: changeKey<number>('question-session')
};

interface CursorRow {
	step: number;
	item: string;
	movedAt: number;
}
export interface AnswerRow {
	item: string;
	value: string;
	considerations: string;
	dissent: string;
	updatedAt: number;
}
export interface DraftRow {
	participantId: string;
	item: string;
	text: string;
	choice: string;
}
export interface LinkRow {
	commitmentId: string;
	actionId: string;
	item: string;
	role: 'research' | 'entry';
	text: string;
	owner: string;
	dueOn: string | null;
	status: CommitmentStatus;
}
interface SessionRow {
	number: number;
	startedAt: number;
	endedAt: number | null;
}

const cursors = table<CursorRow>(
	'SELECT step, item_id AS item, moved_at AS movedAt FROM question_cursor WHERE workshop_id = ?',
	'step',
	'ORDER BY step'
);
export const answersOf = table<AnswerRow>(
	`SELECT item_id AS item, value, considerations, dissent, updated_at AS updatedAt
	FROM question_answers
	WHERE workshop_id = ?`,
	'item_id',
	'ORDER BY item_id'
);
export const draftsOf = table<DraftRow>(
	`SELECT participant_id AS participantId, item_id AS item, text, choice FROM question_drafts
	WHERE workshop_id = ?`,
	"participant_id || ':' || item_id",
	'ORDER BY updated_at, participant_id'
);
export const linksOf = table<LinkRow>(
	`SELECT l.commitment_id AS commitmentId, m.action_id AS actionId, l.item_id AS item, l.role,
		c.text, m.owner,
		m.due_on AS dueOn, m.status
	FROM question_links l JOIN commitments m ON m.id = l.commitment_id
	JOIN cards c ON c.id = m.action_id WHERE l.workshop_id = ?`,
	'l.item_id',
	'ORDER BY l.created_at, l.commitment_id'
);
export const sessionsOf = table<SessionRow>(
	`SELECT number, started_at AS startedAt, ended_at AS endedAt FROM instrument_sessions
	WHERE workshop_id = ?`,
	'number',
	'ORDER BY number'
);

/** The item a step is at, as the commands check it: the cursor, or the part's first item. */
export function cursorOf(workshopId: string, step: number): string | null {
	const moved = cursors(workshopId, [step])[0]?.item;
	return moved ?? instrumentOf(workshopId)?.itemsOf(step)[0]?.id ?? null;
}

const parsed = (value: string): AnswerValue => JSON.parse(value) as AnswerValue;

/** The agreed answers by item, as the conditions read them. */
export function agreedAnswers(workshopId: string): Map<string, AnswerValue> {
	return new Map(answersOf(workshopId).map((a) => [a.item, parsed(a.value)]));
}

export interface SliceRows {
	instrument: WorkshopInstrument;
	cursors: CursorRow[];
	answers: AnswerRow[];
	drafts: DraftRow[];
	links: LinkRow[];
	sessions: SessionRow[];
}

function load(workshopId: string, withDrafts = true): SliceRows | null {
	const instrument = instrumentOf(workshopId);
	if (!instrument) return null;
	return {
		instrument,
		cursors: cursors(workshopId),
		answers: answersOf(workshopId),
		drafts: withDrafts ? draftsOf(workshopId) : [],
		links: linksOf(workshopId),
		sessions: sessionsOf(workshopId)
	};
}

/** What every screen shows of the instrument, derived from its rows. */
function derive(rows: SliceRows) {
	const { instrument } = rows;
	const items = instrument.instrument.items;
	const agreed = new Map(rows.answers.map((a) => [a.item, a]));
	const asked = askedItems(items, new Map(rows.answers.map((a) => [a.item, parsed(a.value)])));
	const entries = new Map<string, Entry[]>();
	const research: Research[] = [];
	for (const link of rows.links) {
		if (link.role === 'entry') {
			const list = entries.get(link.item) ?? [];
			list.push({ id: link.commitmentId, text: link.text, owner: link.owner, dueOn: link.dueOn });
			entries.set(link.item, list);
		} else {
			research.push({
				id: link.commitmentId,
				item: link.item,
				title: instrument.byId.get(link.item)?.title ?? '',
				text: link.text,
				owner: link.owner,
				dueOn: link.dueOn,
				done: isClosed(link.status)
			});
		}
	}
	const waiting = new Set(research.filter((r) => !r.done).map((r) => r.item));
	const agreedOf = (id: string): Agreed | null => {
		const row = agreed.get(id);
		return row
			? { value: parsed(row.value), considerations: row.considerations, dissent: row.dissent }
			: null;
	};
	const statusOf = (item: Item): ItemStatus =>
		itemStatus(item, {
			asked: asked.get(item.id) ?? true,
			waiting: waiting.has(item.id),
			entries: entries.get(item.id)?.length ?? 0,
			value: agreed.has(item.id) ? parsed(agreed.get(item.id)!.value) : undefined
		});
	const stepOf = new Map([...instrument.partOf].map(([step, part]) => [part, step]));
	const current = (step: number): CurrentItem | null => {
		const list = instrument.itemsOf(step);
		const id = rows.cursors.find((c) => c.step === step)?.item ?? list[0]?.id;
		const item = id ? instrument.byId.get(id) : undefined;
		if (!item) return null;
		const questions = list.filter((i) => i.type !== 'notice');
		return {
			id: String(step),
			step,
			item: item.id,
			position: questions.indexOf(item) + 1,
			total: questions.length,
			title: item.title,
			html: item.html,
			context: item.context.map(({ title, html }) => ({ title, html })),
			type: item.type,
			options: item.options,
			official: item.official,
			art27: item.tags.includes('in_fria'),
			roles: item.roles,
			status: statusOf(item),
			agreed: agreedOf(item.id),
			entries: entries.get(item.id) ?? []
		};
	};
	const lastSession = rows.sessions.at(-1);
	const lastMove = Math.max(0, ...rows.cursors.map((c) => c.movedAt));
	const session: Session = {
		number: lastSession?.number ?? 1,
		ended: lastSession ? lastSession.endedAt !== null : false,
		fresh: lastSession ? lastMove < lastSession.startedAt : lastMove === 0
	};
	return {
		info: {
			name: instrument.instrument.name,
			version: instrument.instrument.version,
			urn: instrument.instrument.urn
		},
		questions: [...instrument.partOf.keys()].flatMap((step) => current(step) ?? []),
		overview: items.map((item): ItemOverview => ({
			id: item.id,
			step: stepOf.get(item.part) ?? 0,
			title: item.title,
			type: item.type,
			official: item.official,
			status: statusOf(item),
			agreed: agreedOf(item.id),
			entries: entries.get(item.id) ?? []
		})),
		alerts: activeAlerts(items, asked).map((i) => ({ id: i.id, title: i.title })),
		research,
		session,
		stepOf
	};
}

const NO_SESSION: Session = { number: 1, ended: false, fresh: true };

function facilitatorDrafts(
	rows: SliceRows,
	names: Map<string, { name: string; seat: string | null }>
) {
	return rows.drafts.map((d): FacilitatorDraft => ({
		id: `${d.participantId}:${d.item}`,
		step: 0,
		item: d.item,
		text: d.text,
		choice: JSON.parse(d.choice) as string[],
		author: names.get(d.participantId)?.name ?? '',
		seat: names.get(d.participantId)?.seat ?? null
	}));
}

/** Drafts for the room: no names, no participant ids; keyed by their place among the item's. */
/**
 * A draft's key for the room: stable, so a changed draft is one upsert, and different per item
 * and per workshop, so phones cannot tell which drafts one person wrote (they know no one's id).
 */
const anonymous = (key: string) =>
	createHash('sha256').update(key).digest('base64url').slice(0, 16);

function roomDrafts(
	drafts: FacilitatorDraft[],
	stepOf: Map<string, number>,
	partOf: (item: string) => string
) {
	return drafts.map(({ id, item, text, choice }): RoomDraft => ({
		id: anonymous(id),
		step: stepOf.get(partOf(item)) ?? 0,
		item,
		text,
		choice
	}));
}

const people = (
	participants: readonly { id: string; displayName: string; seat: string | null }[]
) => new Map(participants.map((p) => [p.id, { name: p.displayName, seat: p.seat }]));

export const questionsSlice = defineSlice<QuestionsState>()({
	load,
	facilitator: (rows, core) => {
		if (!rows) {
			return {
				instrument: null,
				questions: [],
				questionItems: [],
				questionDrafts: [],
				alerts: [],
				research: [],
				session: NO_SESSION
			};
		}
		const view = derive(rows);
		const partOf = (item: string) => rows.instrument.byId.get(item)?.part ?? '';
		return {
			instrument: view.info,
			questions: view.questions,
			questionItems: view.overview,
			questionDrafts: facilitatorDrafts(rows, people(core.participants)).map((d) => ({
				...d,
				step: view.stepOf.get(partOf(d.item)) ?? 0
			})),
			alerts: view.alerts,
			research: view.research,
			session: view.session
		};
	},
	room: (rows, core) => {
		if (!rows)
			return {
				instrument: null,
				questions: [],
				alerts: [],
				research: [],
				session: NO_SESSION,
				questionDrafts: []
			};
		const view = derive(rows);
		const partOf = (item: string) => rows.instrument.byId.get(item)?.part ?? '';
		const drafts = roomDrafts(facilitatorDrafts(rows, new Map()), view.stepOf, partOf);
		return {
			instrument: view.info,
			questions: view.questions,
			alerts: view.alerts,
			research: view.research,
			session: view.session,
			questionDrafts: roomItemsOfSteps(revealedSteps(core.steps), drafts)
		};
	},
	beamer: () => ({}),
	mine: (participantId) => {
		const rows = statement(
			'SELECT item_id AS item, text, choice FROM question_drafts WHERE participant_id = ?'
		).all(participantId) as { item: string; text: string; choice: string }[];
		return {
			drafts: Object.fromEntries(
				rows.map((r) => [r.item, { text: r.text, choice: JSON.parse(r.choice) as string[] }])
			)
		};
	},
	patch: ({ workshopId: id, change, names }): SlicePatch => {
		const dashboard: Patch<FacilitatorState> = [];
		const room: Patch<ParticipantState> = [];
		const moved = change.ids(QUESTIONS.cursor);
		const answered = change.ids(QUESTIONS.answers);
		const drafted = change.ids(QUESTIONS.drafts);
		const session = change.ids(QUESTIONS.session).size > 0;
		const commitments = change.ids(CORE.commitments).size > 0 || change.ids(CORE.reported).size > 0;
		const revealed = change.revealed.has('questionDrafts');
		if (!(moved.size || answered.size || drafted.size || session || commitments || revealed))
			return {};
		const instrument = instrumentOf(id);
		if (!instrument) return {};
		// Answers and links are few (one per item at most); the drafts are read where they changed.
		const rows: SliceRows = load(id, false)!;
		const view = derive(rows);
		if (answered.size || commitments) {
			dashboard.push({ set: 'questionItems', value: view.overview });
			dashboard.push(
				{ set: 'alerts', value: view.alerts },
				{ set: 'research', value: view.research }
			);
			room.push({ set: 'alerts', value: view.alerts }, { set: 'research', value: view.research });
			// The current items this can have changed: the one answered, those a condition decides,
			// and those with action points or research (a commitment's change). Not every part's.
			const touched = view.questions
				.filter(
					(q) =>
						answered.has(q.item) ||
						(instrument.byId.get(q.item)?.conditions.length ?? 0) > 0 ||
						(commitments && (q.entries.length > 0 || view.research.some((r) => r.item === q.item)))
				)
				.map((q) => q.id);
			dashboard.push(...itemOps('questions', touched, view.questions, (q) => q.id));
			room.push(...itemOps('questions', touched, view.questions, (q) => q.id));
		} else if (moved.size) {
			const keys = [...moved].map(String);
			dashboard.push(...itemOps('questions', keys, view.questions, (q) => q.id));
			room.push(...itemOps('questions', keys, view.questions, (q) => q.id));
		}
		if (session || moved.size) {
			dashboard.push({ set: 'session', value: view.session });
			room.push({ set: 'session', value: view.session });
		}
		const partOf = (item: string) => instrument.byId.get(item)?.part ?? '';
		const open = () => revealedSteps(rowsOf.steps(id));
		if (revealed) {
			const all = roomDrafts(
				facilitatorDrafts({ ...rows, drafts: draftsOf(id) }, new Map()),
				view.stepOf,
				partOf
			);
			room.push({ set: 'questionDrafts', value: roomItemsOfSteps(open(), all) });
		}
		if (drafted.size) {
			const changed = draftsOf(id, [...drafted]);
			const who = names(changed.map((d) => d.participantId));
			const seats = new Map(
				rowsOf
					.participants(
						id,
						changed.map((d) => d.participantId)
					)
					.map((p) => [p.id, p.seat])
			);
			const list = facilitatorDrafts(
				{ ...rows, drafts: changed },
				new Map(
					changed.map((d) => [
						d.participantId,
						{ name: who.get(d.participantId) ?? '', seat: seats.get(d.participantId) ?? null }
					])
				)
			).map((d) => ({ ...d, step: view.stepOf.get(partOf(d.item)) ?? 0 }));
			dashboard.push(...itemOps('questionDrafts', [...drafted].map(String), list, (d) => d.id));
			// Once its step is revealed, a changed draft reaches the room as itself (no name).
			const shown = roomStepsOf(open(), new Set(list.map((d) => d.step)));
			if (shown.length > 0 && !revealed) {
				const visible = roomItemsOfSteps(open(), roomDrafts(list, view.stepOf, partOf));
				room.push(
					...itemOps(
						'questionDrafts',
						list.filter((d) => shown.includes(d.step)).map((d) => anonymous(d.id)),
						visible,
						(d) => d.id
					)
				);
			}
		}
		return { dashboard, room };
	}
});

/** Of the participants present, how many sent a draft for the step's current item. */
export function countDrafted(present: readonly string[], step: number, workshopId: string): number {
	const item = cursorOf(workshopId, step);
	if (!item) return 0;
	return statement(
		`SELECT COUNT(*) FROM question_drafts
		WHERE item_id = ? AND participant_id IN (SELECT value FROM json_each(?))`,
		{ pluck: true }
	).get(item, JSON.stringify(present)) as number;
}
