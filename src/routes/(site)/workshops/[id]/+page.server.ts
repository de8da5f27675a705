import { loadFacilitatorView } from '$lib/server/workshops/facilitator-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) =>
	loadFacilitatorView(locals, url, params.id, 'dashboard');
