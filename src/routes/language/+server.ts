import { redirect } from '@sveltejs/kit';
import { readForm } from '$lib/server/form';
import { z } from 'zod';
import { cookieName, cookieMaxAge } from '$lib/paraglide/runtime';
import { safeRedirectPath } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const languageSchema = z.object({
	locale: z.enum(['nl', 'en']),
	// Only a path on this site: never redirect elsewhere.
	redirectTo: z
		.string()
		.catch('/')
		.transform((path) => safeRedirectPath(path, '/'))
});

export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const parsed = languageSchema.safeParse(Object.fromEntries(await readForm(request)));
	if (!parsed.success) redirect(303, '/');
	cookies.set(cookieName, parsed.data.locale, {
		path: '/',
		maxAge: cookieMaxAge,
		httpOnly: false,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
	redirect(303, parsed.data.redirectTo);
};
