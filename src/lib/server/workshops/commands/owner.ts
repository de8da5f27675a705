// What a commitment's owner can do through their status link, without an account: report the
// status and a short note of that one commitment. It goes the same way as the facilitator's
// edits (one transaction, history, a patch to every open screen), marked as coming by link.
import type { z } from 'zod';
import type { statusReportSchema } from '$lib/schemas/follow-up';
import { getDb } from '../../db';
import * as contributions from '../contributions';
import { DomainError, type Context } from '../command';

export function reportStatus(ctx: Context, input: z.output<typeof statusReportSchema>) {
	if (ctx.actor.kind !== 'owner') throw new DomainError('FORBIDDEN');
	const { commitmentId } = ctx.actor;
	const owner = getDb()
		.prepare('SELECT owner FROM commitments WHERE id = ? AND workshop_id = ?')
		.pluck()
		.get(commitmentId, ctx.workshopId) as string | undefined;
	if (owner === undefined) throw new DomainError('NOT_FOUND');
	contributions.updateCommitment(
		ctx.workshopId,
		commitmentId,
		{ status: input.status, note: input.note },
		owner,
		ctx.now,
		'link'
	);
	ctx.change.commitments.add(commitmentId);
	return null;
}
