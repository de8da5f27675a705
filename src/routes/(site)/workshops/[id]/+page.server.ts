import { loadDashboard } from '$lib/server/facilitator-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) =>
	loadDashboard(locals, url, params.id);
