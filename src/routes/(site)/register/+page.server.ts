import { requireFacilitator } from '$lib/server/guards';
import { filterRegister, registerFilterSchema, registerOf } from '$lib/server/read-model/register';
import { dutchDate } from '$lib/dates';
import type { PageServerLoad } from './$types';

/** Every commitment of every workshop this facilitator owns or co-facilitates. */
export const load: PageServerLoad = ({ locals, url }) => {
	const facilitator = requireFacilitator(locals, url);
	const filters = registerFilterSchema.parse(Object.fromEntries(url.searchParams));
	const all = registerOf(facilitator.id, dutchDate(Date.now()));
	const items = filterRegister(all, filters);
	return {
		filters,
		total: all.length,
		overdue: all.filter((i) => i.overdue).length,
		items,
		query: url.searchParams.toString()
	};
};
