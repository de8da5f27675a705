import { loadBeamer } from '$lib/server/facilitator-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) => loadBeamer(locals, url, params.id);
