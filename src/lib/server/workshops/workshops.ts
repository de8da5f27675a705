// The workshop aggregate: creating a workshop (with its own copy of its method's steps,
// perspectives and catalogue), how long its participants' data is kept, how many days before a
// due date owners are reminded, who facilitates it with the owner, and deleting it. Its commands
// are the only writers of a workshop's own row and of `workshop_facilitators`.
import { generateJoinCode } from '$lib/join-code';
import { DEFAULT_METHOD, methodByKey, type Method } from '$lib/methods';
import type { Instrument } from '$lib/instruments/instrument';
import { stepsOf } from '$lib/instruments/steps';
import type { WorkshopInput } from '$lib/schemas/workshop';
import { statement } from '../db/statements';
import { newId } from '../ids';
import { seriesOf } from '../read-model/chain';
import { workshopRow, type WorkshopRow } from '../read-model/rows';
import { seedCatalogue } from './catalogue';
import { DomainError, execute, executeAccount, facilitatorOf, type Context } from './command';
import { seedSeats } from './preparation';
import { seedSteps } from './steps';
import { seedInstrument } from './instrument';
import { methodFor } from '../library/templates';
import { mayFacilitate } from '$lib/organisations';
import { membershipOf, organisationRow } from '../read-model/organisations';

type NewWorkshop = Omit<WorkshopInput, 'method'> & { method?: string };

/** How long a workshop keeps its participants' data unless its organisation says otherwise. */
const DEFAULT_RETENTION_DAYS = 365;

/**
 * Inserts the workshop's own row under a fresh join code, in its maker's organisation (with that
 * organisation's retention period); a meekijker makes none. The code is drawn again on the
 * rare clash.
 */
function insertWorkshop(ctx: Context, ownerId: string, input: NewWorkshop, method: Method) {
	const membership = membershipOf(ownerId);
	if (!mayFacilitate(membership?.role ?? null)) throw new DomainError('FORBIDDEN');
	const organisation = membership && organisationRow(membership.organisationId);
	const insert = statement(
		`INSERT INTO workshops (id, owner_id, title, organisation, case_description, scheduled_on,
			language, method, join_code, current_step, step_changed_at, created_at, organisation_id,
			retention_days)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`
	);
	// 32^6 ≈ 10^9 codes: a clash is rare, but when it happens we draw again.
	for (let attempt = 0; attempt < 10; attempt++) {
		try {
			insert.run(
				ctx.workshopId,
				ownerId,
				input.title,
				input.organisation,
				input.caseDescription,
				input.scheduledOn,
				input.language,
				method.key,
				generateJoinCode(),
				ctx.now,
				ctx.now,
				organisation?.id ?? null,
				organisation?.retentionDays ?? DEFAULT_RETENTION_DAYS
			);
			return;
		} catch (error) {
			if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
		}
	}
	throw new Error('Could not find a free join code');
}

/**
 * Creates a workshop with its own copy of the method's steps, perspectives and catalogue (the
 * account's own template for the method, if it has one; else the method as shipped). An unknown
 * method is an error that names it.
 */
export function createWorkshop(ownerId: string, input: NewWorkshop, now = Date.now()): WorkshopRow {
	return create(ownerId, input, methodFor(ownerId, input.method ?? DEFAULT_METHOD), now);
}

/**
 * Creates a workshop that runs an imported instrument live: a `questions` step per part, the
 * decision and the action list, and its own copy of the instrument.
 */
export function createInstrumentWorkshop(
	ownerId: string,
	input: Omit<NewWorkshop, 'method'>,
	instrument: Instrument,
	now = Date.now()
): WorkshopRow {
	const steps = stepsOf(instrument);
	const method = { ...methodByKey('instrument'), steps };
	return create(ownerId, input, method, now, (ctx) =>
		seedInstrument(
			ctx.workshopId,
			instrument,
			steps.flatMap((s, i) => (s.part ? [{ step: i + 1, part: s.part }] : []))
		)
	);
}

function create(
	ownerId: string,
	input: NewWorkshop,
	method: Method,
	now: number,
	also?: (ctx: Context) => void
): WorkshopRow {
	const id = newId();
	return executeAccount(() => {
		const actor = { kind: 'system', job: 'create' } as const;
		execute(
			id,
			actor,
			(ctx) => {
				insertWorkshop(ctx, ownerId, input, method);
				seedSteps(ctx, method.steps, input.language);
				seedSeats(ctx, method.seats);
				seedCatalogue(ctx, method.catalogue);
				also?.(ctx);
			},
			undefined,
			now
		);
		return workshopRow(id)!;
	});
}

/** Only the owner may do this (deleting, inviting, retention, taking access away). */
export function ownerOf(ctx: Context): string {
	const { facilitatorId } = facilitatorOf(ctx);
	const owner = statement('SELECT owner_id FROM workshops WHERE id = ?', { pluck: true }).get(
		ctx.workshopId
	);
	if (owner !== facilitatorId) throw new DomainError('FORBIDDEN');
	return facilitatorId;
}

/** Days after the workshop's date when its participants' data is deleted. */
export function setRetentionDays(ctx: Context, days: number): void {
	ownerOf(ctx);
	statement('UPDATE workshops SET retention_days = ? WHERE id = ?').run(days, ctx.workshopId);
}

/** Days before a due date that owners get a reminder (0: none). */
export function setReminderDays(ctx: Context, days: number): void {
	facilitatorOf(ctx);
	statement('UPDATE workshops SET reminder_days = ? WHERE id = ?').run(days, ctx.workshopId);
}

/** Deletes the workshop with everything in it. */
export function deleteWorkshop(ctx: Context): void {
	ownerOf(ctx);
	statement('DELETE FROM workshops WHERE id = ?').run(ctx.workshopId);
}

/**
 * A colleague who accepted an invitation facilitates the workshop from now on, and with it every
 * session of its series (the sessions before it and the follow-ups): a series is one piece of
 * work, and its progress report tells all of it.
 */
export function addCoFacilitator(ctx: Context, facilitatorId: string): void {
	for (const workshopId of seriesOf(ctx.workshopId)) {
		statement(
			'INSERT OR IGNORE INTO workshop_facilitators (workshop_id, facilitator_id, added_at) VALUES (?, ?, ?)'
		).run(workshopId, facilitatorId, ctx.now);
	}
}

/**
 * Takes a co-facilitator's access away, from every session of the series; returns the sessions
 * they had access to (none: there was nothing to take).
 */
export function removeCoFacilitator(ctx: Context, facilitatorId: string): string[] {
	ownerOf(ctx);
	return seriesOf(ctx.workshopId).filter(
		(workshopId) =>
			statement(
				'DELETE FROM workshop_facilitators WHERE workshop_id = ? AND facilitator_id = ?'
			).run(workshopId, facilitatorId).changes > 0
	);
}

/**
 * Makes this (new) workshop a follow-up of another: it follows it, keeps its participants' data as
 * long, reminds owners as many days ahead, and has the same co-facilitators.
 */
export function follow(ctx: Context, source: WorkshopRow): void {
	statement(
		'UPDATE workshops SET follows_id = ?, retention_days = ?, reminder_days = ? WHERE id = ?'
	).run(source.id, source.retentionDays, source.reminderDays, ctx.workshopId);
	statement(
		`INSERT INTO workshop_facilitators (workshop_id, facilitator_id, added_at)
		SELECT ?, facilitator_id, ? FROM workshop_facilitators WHERE workshop_id = ?`
	).run(ctx.workshopId, ctx.now, source.id);
}
