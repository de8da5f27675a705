import { fail } from '@sveltejs/kit';
import { readForm } from '$lib/server/form';
import { requireBeheerder } from '$lib/server/guards';
import { actOrganisation } from '$lib/server/organisations/act';
import {
	MAX_LOGO_BYTES,
	logoType,
	removeLogo,
	removeTheme,
	setLogo,
	setTheme
} from '$lib/server/organisations/look';
import { checkTheme } from '$lib/server/organisations/theme-file';
import { organisationLook } from '$lib/server/read-model/organisations';
import type { Actions, PageServerLoad } from './$types';

/** The organisation's theme and logo, for its beheerders. */
export const load: PageServerLoad = ({ locals, url }) => {
	const { membership } = requireBeheerder(locals, url);
	const look = organisationLook(membership.organisationId);
	return {
		organisation: membership.organisation,
		/** Not `look`: that is the page's own look, which the layout wears. */
		current: look && {
			fileName: look.fileName,
			accent: look.accent,
			logo: look.logoType ? `/themes/${look.organisationId}/${look.version}/logo` : null
		}
	};
};

/** The form's file: its name and text or bytes; null when none was chosen. */
async function fileOf(request: Request, field: string) {
	const file = (await readForm(request)).get(field);
	return file instanceof File && file.size > 0 ? file : null;
}

export const actions: Actions = {
	theme: async ({ locals, url, request }) => {
		const { facilitator, membership } = requireBeheerder(locals, url);
		const file = await fileOf(request, 'theme');
		if (!file) return fail(400, { theme: { error: 'theme_missing', detail: '', failures: [] } });
		const checked = checkTheme(await file.text());
		if (!checked.ok) {
			return fail(400, {
				theme: { error: checked.error, detail: checked.detail, failures: checked.failures ?? [] }
			});
		}
		const fileName = file.name.slice(0, 120);
		return actOrganisation(facilitator, membership, (ctx) =>
			setTheme(ctx, { css: checked.css, accent: checked.accent, fileName })
		);
	},
	removeTheme: async ({ locals, url, request }) => {
		const { facilitator, membership } = requireBeheerder(locals, url);
		await readForm(request);
		return actOrganisation(facilitator, membership, (ctx) => removeTheme(ctx));
	},
	logo: async ({ locals, url, request }) => {
		const { facilitator, membership } = requireBeheerder(locals, url);
		const file = await fileOf(request, 'logo');
		if (!file) return fail(400, { logo: 'logo_missing' });
		const bytes = new Uint8Array(await file.arrayBuffer());
		if (bytes.length > MAX_LOGO_BYTES) return fail(400, { logo: 'logo_too_large' });
		if (!logoType(bytes)) return fail(400, { logo: 'logo_type' });
		const fileName = file.name.slice(0, 120);
		return actOrganisation(facilitator, membership, (ctx) => setLogo(ctx, bytes, fileName));
	},
	removeLogo: async ({ locals, url, request }) => {
		const { facilitator, membership } = requireBeheerder(locals, url);
		await readForm(request);
		return actOrganisation(facilitator, membership, (ctx) => removeLogo(ctx));
	}
};
