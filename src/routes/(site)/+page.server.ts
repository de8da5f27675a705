import { redirect } from '@sveltejs/kit';
import { joinPath, normalizeJoinCode } from '$lib/join-code';
import { joinCodeSchema } from '$lib/schemas/join';
import { fieldErrors } from '$lib/schemas/form-errors';
import { invalid, readForm } from '$lib/server/form';
import { lookUpJoinCode } from '$lib/server/join-code-route';
import type { Actions } from './$types';

export const actions: Actions = {
	join: async ({ request, cookies, getClientAddress }) => {
		const form = Object.fromEntries(await readForm(request));
		const values = { code: String(form.code ?? '') };
		const parsed = joinCodeSchema.safeParse(form);
		if (!parsed.success) return invalid(400, values, fieldErrors(parsed.error));

		const code = normalizeJoinCode(parsed.data.code);
		const found = code
			? lookUpJoinCode(code, getClientAddress(), cookies)
			: ({ ok: false, error: 'unknown' } as const);
		if (!found.ok && found.error === 'rate_limited') {
			return invalid(429, values, { code: 'rate_limited' }, found.retryAfterSeconds);
		}
		if (!found.ok) return invalid(400, values, { code: 'code_unknown' });
		redirect(303, joinPath(found.workshop.joinCode));
	}
};
