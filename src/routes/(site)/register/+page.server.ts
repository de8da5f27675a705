import { error } from '$lib/server/http-error';
import { requireFacilitator } from '$lib/server/guards';
import { filterRegister, registerFilterSchema, registerFor } from '$lib/server/read-model/register';
import { membershipOf } from '$lib/server/read-model/organisations';
import { dutchDate } from '$lib/dates';
import type { PageServerLoad } from './$types';

/**
 * Every commitment of every workshop this facilitator owns or co-facilitates; or, in the
 * organisation's view, of every workshop of their organisation.
 */
export const load: PageServerLoad = ({ locals, url }) => {
	const facilitator = requireFacilitator(locals, url);
	const filters = registerFilterSchema.parse(Object.fromEntries(url.searchParams));
	const all = registerFor(facilitator.id, filters.view, dutchDate(Date.now()));
	if (!all) error(404, { message: 'Not Found' });
	const items = filterRegister<(typeof all)[number]>(all, filters);
	return {
		filters,
		organisation: membershipOf(facilitator.id)?.organisation ?? null,
		total: all.length,
		overdue: all.filter((i) => i.overdue).length,
		items: items.map((item) => ({ ...item, note: 'note' in item ? item.note : '' })),
		query: url.searchParams.toString()
	};
};
