import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	facilitator: locals.facilitator ? { displayName: locals.facilitator.displayName } : null,
	locale: getLocale()
});
