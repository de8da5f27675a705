// Test support: put data into a workshop the way the app does, through its commands, with short
// calls. `seed` runs a command as an actor without the room's rules (which step is current, whether
// input is locked): the specs that use these build data to test something else (the purge, the
// exports, the reports), while the rules themselves are tested through sockets and forms.
import type { CardKind, ChangeVia, Perspective } from '$lib/vocabulary';
import { createFacilitator } from '../auth';
import { getDb } from '../db';
import { confirmAccount } from '../email-confirmation';
import { Change } from '../workshops/change';
import * as cards from '../workshops/cards';
import * as catalogue from '../workshops/catalogue';
import { commit as inTransaction, type Actor, type Context } from '../workshops/command';
import * as commitments from '../workshops/commitments';
import type { Author } from '../workshops/idempotency';
import * as participants from '../workshops/participants';
import * as steps from '../workshops/steps';
import * as links from '../workshops/secret-links';
import * as workshops from '../workshops/workshops';
import * as values from '$lib/steps/values/commands.server';
import * as rating from '$lib/steps/rating/commands.server';
import * as reflection from '$lib/steps/reflection/commands.server';
import * as closing from '$lib/steps/closing/commands.server';
import { createWorkshop } from '../workshops/workshops';
import { joinAs, moveRoom } from './act';

export { joinAs, moveRoom };

/** The facilitator the fixtures act as (commands do not look the account up). */
const boss: Actor = { kind: 'facilitator', facilitatorId: 'test', displayName: 'Test' };
const phone = (participantId: string): Actor => ({ kind: 'participant', participantId });

/** Runs a command as this actor in one transaction, without the room's rules; returns its result. */
export function seed<Result>(
	workshopId: string,
	actor: Actor,
	command: (ctx: Context) => Result,
	now = Date.now()
): Result {
	return getDb().transaction(() =>
		inTransaction({ workshopId, actor, now, change: new Change() }, command)
	)();
}

const workshopOf = (participantId: string) =>
	getDb()
		.prepare('SELECT workshop_id FROM participants WHERE id = ?')
		.pluck()
		.get(participantId) as string;

export const addParticipant = (workshopId: string, name: string) => {
	const { id, token } = joinAs(workshopId, name);
	return { participant: { id, displayName: name }, token };
};

export const setProfile = (
	participantId: string,
	perspective: Perspective,
	role: string,
	seat: string | null = null
) =>
	seed(workshopOf(participantId), phone(participantId), (ctx) =>
		participants.setProfile(ctx, { perspective, role, seat })
	);

export const addCard = (
	workshopId: string,
	kind: CardKind,
	text: string,
	author: Author,
	valueIds: string[] = []
) => seed(workshopId, boss, (ctx) => cards.insertCard(ctx, kind, text, author, valueIds));

export const addValue = (workshopId: string, input: catalogue.NewValue, author: Author = null) =>
	seed(workshopId, boss, (ctx) => catalogue.addValue(ctx, input, author));

export const setVote = (workshopId: string, participantId: string, valueId: string, dots: number) =>
	seed(workshopId, phone(participantId), (ctx) => values.setVote(ctx, { valueId, dots }));

export const addTension = (
	workshopId: string,
	valueAId: string,
	valueBId: string,
	note: string,
	author: NonNullable<Author>
) =>
	seed(workshopId, phone(author.participantId), (ctx) =>
		values.addTension(ctx, { valueAId, valueBId, note, clientId: author.clientId })
	).id;

export const hideTension = (workshopId: string, id: string, hidden: boolean) =>
	seed(workshopId, boss, (ctx) => values.hideTension(ctx, { id, hidden }));

export const setRating = (
	workshopId: string,
	participantId: string,
	actionId: string,
	necessity: number,
	importance: number
) =>
	seed(workshopId, phone(participantId), (ctx) =>
		rating.setRating(ctx, { actionId, necessity, importance })
	);

export const selectAction = (workshopId: string, actionId: string, selected: boolean) =>
	seed(workshopId, boss, (ctx) => commitments.selectAction(ctx, { actionId, selected }));

/** An action chosen at once: its commitment's id. */
export function commit(workshopId: string, text: string, valueIds: string[] = []): string {
	const action = addCard(workshopId, 'action', text, null, valueIds);
	selectAction(workshopId, action, true);
	return getDb()
		.prepare('SELECT id FROM commitments WHERE action_id = ?')
		.pluck()
		.get(action) as string;
}

export const updateCommitment = (
	workshopId: string,
	id: string,
	changes: commitments.CommitmentChanges,
	changedBy: string,
	now = Date.now(),
	via: ChangeVia = 'facilitator'
) => seed(workshopId, boss, (ctx) => commitments.change(ctx, id, changes, changedBy, via), now);

export const setVolunteer = (
	workshopId: string,
	participantId: string,
	commitmentId: string,
	volunteer: boolean
) =>
	seed(workshopId, phone(participantId), (ctx) =>
		commitments.volunteer(ctx, { commitmentId, volunteer })
	);

export const setReflection = (
	workshopId: string,
	participantId: string,
	principleKey: string,
	score: number,
	comment: string
) =>
	seed(workshopId, phone(participantId), (ctx) =>
		reflection.setReflection(ctx, { principleKey, score, comment })
	);

export const setClosingNote = (participantId: string, text: string) =>
	seed(workshopOf(participantId), phone(participantId), (ctx) =>
		closing.setClosingNote(ctx, { text })
	);

/** Shows (or hides) a step's results to the room. */
export const revealStep = (workshopId: string, step: number, revealed = true) =>
	seed(workshopId, boss, (ctx) => steps.setStepFlags(ctx, { step, revealed }));

export const createStatusLink = (workshopId: string, commitmentId: string) =>
	seed(workshopId, boss, (ctx) => links.createStatusLink(ctx, commitmentId));

export const createFeedLink = (workshopId: string) =>
	seed(workshopId, boss, (ctx) => links.createFeedLink(ctx));

export const revokeStatusLink = (workshopId: string, commitmentId: string) =>
	seed(workshopId, boss, (ctx) => links.revokeStatusLink(ctx, commitmentId));

/** Owner-only settings, as the workshop's owner. */
const asOwner = <Result>(workshopId: string, command: (ctx: Context) => Result) => {
	const ownerId = getDb()
		.prepare('SELECT owner_id FROM workshops WHERE id = ?')
		.pluck()
		.get(workshopId) as string;
	const actor: Actor = { kind: 'facilitator', facilitatorId: ownerId, displayName: 'Eigenaar' };
	return seed(workshopId, actor, command);
};

export const setRetentionDays = (workshopId: string, days: number) =>
	asOwner(workshopId, (ctx) => workshops.setRetentionDays(ctx, days));

export const setReminderDays = (workshopId: string, days: number) =>
	seed(workshopId, boss, (ctx) => workshops.setReminderDays(ctx, days));

export const addCoFacilitator = (workshopId: string, facilitatorId: string) =>
	seed(workshopId, boss, (ctx) => workshops.addCoFacilitator(ctx, facilitatorId));

export const removeCoFacilitator = (workshopId: string, facilitatorId: string) =>
	asOwner(workshopId, (ctx) => workshops.removeCoFacilitator(ctx, facilitatorId));

/**
 * A new workshop (of a new facilitator) with a commitment for each of these actions. `confirmed`:
 * the facilitator's address is confirmed, so mail may go out in their name.
 */
export async function workshopWithCommitments(actions: string[], { confirmed = false } = {}) {
	const owner = await createFacilitator({
		email: `f${Math.random()}@gemeente.nl`,
		displayName: 'Joëlle',
		password: 'a long test password'
	});
	if (confirmed) confirmAccount(owner.id);
	const workshop = createWorkshop(owner.id, {
		title: 'Cameratoezicht',
		organisation: 'Gemeente Utrecht',
		caseDescription: '',
		scheduledOn: '2026-11-01',
		language: 'nl'
	});
	const commitments = actions.map((text) => commit(workshop.id, text));
	return { workshop, commitments, owner: { ...owner, emailConfirmed: confirmed } };
}
