// The words every part of the app shares: kinds of card, a commitment's statuses, the two sides a
// participant can come from, the error codes of the socket protocol and the audiences that see a
// workshop. This module imports nothing, so anything may import it without making a cycle
// (src/lib/import-graph.spec.ts keeps the import graph free of cycles).

export const CARD_KINDS = ['stakeholder', 'risk', 'dilemma', 'action', 'obstacle', 'help'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
/** Cards participants write as notes (everything but actions, which become commitments). */
export type NoteKind = Exclude<CardKind, 'action'>;

export const COMMITMENT_STATUSES = [
	'open',
	'on_track',
	'delayed',
	'blocked',
	'done',
	'dropped'
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
/** A commitment with one of these statuses is finished: no reminders, not carried, not overdue. */
const CLOSED_STATUSES: readonly CommitmentStatus[] = ['done', 'dropped'];
export const isClosed = (status: CommitmentStatus) => CLOSED_STATUSES.includes(status);
/** Past its due date (`today`, YYYY-MM-DD in Amsterdam) and not finished. */
export const isOverdue = (
	commitment: { status: CommitmentStatus; dueOn: string | null },
	today: string
): boolean => commitment.dueOn !== null && commitment.dueOn < today && !isClosed(commitment.status);

/** Whether a participant comes from inside the organisation or from outside it. */
export const PERSPECTIVES = ['internal', 'external'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** Who changed a commitment: on the dashboard or action list, by status link, or in the room. */
export type ChangeVia = 'facilitator' | 'link' | 'session';

/** The screens of a workshop, each with its own projection of it. */
export type Audience = 'dashboard' | 'beamer' | 'participants';

export const ERROR_CODES = [
	'INVALID_PAYLOAD',
	// No such event.
	'UNKNOWN_EVENT',
	'FORBIDDEN',
	// A facilitator's sign-in session has ended, or no longer gives access to this workshop.
	'UNAUTHORIZED',
	'NOT_FOUND',
	'RATE_LIMITED',
	// The current step's kind does not take this write.
	'WRONG_STEP',
	// The facilitator has locked input for this step.
	'LOCKED',
	// More dots than the budget, or more on one value than allowed.
	'BUDGET_EXCEEDED',
	'VALUE_LIMIT',
	// Others' work depends on it (a value others voted on, an action that became a commitment).
	'IN_USE',
	// The participant, or the whole workshop, has added as many of these as an installation allows.
	'LIMIT_REACHED',
	// The workshop no longer takes new participants (the facilitator closed joining).
	'JOIN_LOCKED',
	// The display name is taken by someone else in this workshop.
	'NAME_TAKEN',
	// The workshop's participant data was deleted after its retention period.
	'PURGED',
	// The commitment continues in a follow-up session: it is changed there, not here.
	'CARRIED',
	// The commitment is finished (done, dropped): nobody takes it on any more. Phones do not offer
	// it, so they have no sentence of their own for it.
	'CLOSED',
	// An instrument's item that an earlier answer skips: nothing is drafted for it.
	'SKIPPED',
	// Organisations (forms only): the account is in another organisation already; the change would
	// leave the organisation without a beheerder; another organisation signs in with that key.
	'ALREADY_MEMBER',
	'LAST_BEHEERDER',
	'KEY_TAKEN',
	'INTERNAL',
	// Client-side only: no answer came within the ack timeout.
	'TIMEOUT'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why a mail in an account's name was not sent: its address is unconfirmed, or a limit was met. */
export type MailHeld = 'unconfirmed' | 'account_limit' | 'recipient_limit' | 'too_soon';
/** What became of a mail: sent, no SMTP server, refused by the server, or held. */
export type MailResult = 'sent' | 'off' | 'failed' | MailHeld;
