// A follow-up's status round on the server: the room says how a carried commitment stands; the
// commitment's history names who (the commitments aggregate writes it).
import type { z } from 'zod';
import { rowsOf } from '$lib/server/read-model/rows';
import { defineKindServer } from '$lib/server/kinds/define';
import { change } from '$lib/server/workshops/commitments';
import { participantOf, type Context } from '$lib/server/workshops/command';
import { handlers } from '$lib/server/workshops/handlers';
import { participantEvents, type statusRoundSchema } from './schemas';
import status from './index';

export function reportStatus(ctx: Context, input: z.output<typeof statusRoundSchema>) {
	const [me] = rowsOf.participants(ctx.workshopId, [participantOf(ctx)]);
	const { commitmentId, ...report } = input;
	change(ctx, commitmentId, report, me?.displayName ?? '', 'session');
}

export default defineKindServer(status, {
	participant: handlers(participantEvents, { 'status:report': reportStatus })
});
