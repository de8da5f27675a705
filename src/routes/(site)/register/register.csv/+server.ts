import { statusLabel } from '$lib/i18n/labels';
import { asLanguage } from '$lib/language';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { csvTable } from '$lib/server/export/csv';
import { requireFacilitator } from '$lib/server/guards';
import { error } from '$lib/server/http-error';
import { filterRegister, registerFilterSchema, registerFor } from '$lib/server/read-model/register';
import { dutchDate } from '$lib/dates';
import type { RequestHandler } from './$types';

/**
 * The register as CSV (the account's own, or its organisation's), with the page's filters (in the
 * query), in the page's language.
 */
export const GET: RequestHandler = ({ locals, url }) => {
	const facilitator = requireFacilitator(locals, url);
	const filters = registerFilterSchema.parse(Object.fromEntries(url.searchParams));
	const today = dutchDate(Date.now());
	const all = registerFor(facilitator.id, filters.view, today);
	if (!all) error(404, { message: 'Not Found' });
	const items = filterRegister<(typeof all)[number]>(all, filters);
	// The organisation's view has no notes, so neither has its CSV.
	const notes = filters.view === 'mine';
	const locale = asLanguage(getLocale());
	const separator = url.searchParams.get('sep') === 'comma' ? ',' : ';';
	const header = [
		m.register_workshop({}, { locale }),
		m.field_organisation({}, { locale }),
		m.field_date({}, { locale }),
		m.matrix_table_action({}, { locale }),
		m.commitment_owner({}, { locale }),
		m.commitment_due({}, { locale }),
		m.commitment_status({}, { locale }),
		m.register_overdue({}, { locale }),
		...(notes ? [m.commitment_note({}, { locale })] : [])
	];
	const rows = items.map((i) => [
		i.workshop,
		i.organisation,
		i.scheduledOn,
		i.action,
		i.owner,
		i.dueOn ?? '',
		statusLabel(i.status, locale),
		i.overdue ? m.register_yes({}, { locale }) : '',
		...('note' in i ? [i.note] : [])
	]);
	return new Response(csvTable([header, ...rows], separator), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="register-${today}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
