import { redirect } from '@sveltejs/kit';
import { joinPath, normalizeJoinCode } from '$lib/join-code';
import { joinCodeSchema } from '$lib/schemas/join';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { JOIN_MISSES_PER_ADDRESS, hitRateLimit, peekRateLimit } from '$lib/server/rate-limit';
import { getWorkshopByJoinCode } from '$lib/server/workshops/workshops';
import type { Actions } from './$types';

export const actions: Actions = {
	join: async ({ request, getClientAddress }) => {
		const form = Object.fromEntries(await readForm(request));
		const values = { code: String(form.code ?? '') };
		const parsed = joinCodeSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));

		const address = getClientAddress();
		const limit = peekRateLimit(JOIN_MISSES_PER_ADDRESS, address);
		if (!limit.allowed) {
			return invalid(429, values, { code: 'rate_limited' }, limit.retryAfterSeconds);
		}
		const code = normalizeJoinCode(parsed.data.code);
		const workshop = code ? getWorkshopByJoinCode(code) : null;
		if (!workshop) {
			hitRateLimit(JOIN_MISSES_PER_ADDRESS, address);
			return invalid(400, values, { code: 'code_unknown' });
		}
		redirect(303, joinPath(workshop.joinCode));
	}
};
