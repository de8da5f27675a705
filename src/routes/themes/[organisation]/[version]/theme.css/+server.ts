import { error } from '$lib/server/http-error';
import { organisationLook } from '$lib/server/read-model/organisations';
import type { RequestHandler } from './$types';

/**
 * An organisation's theme, as the app wrote it out (custom properties only). Its address names
 * the look's version: that version is cached for good, another gets the current one, uncached.
 */
export const GET: RequestHandler = ({ params }) => {
	const look = organisationLook(params.organisation);
	if (!look || (!look.css && !look.logoType)) error(404, { message: 'Not Found' });
	// The logo, for the header's plate: the app's own address, never one from the theme file.
	const logo = look.logoType
		? `:root:root {\n\t--gdb-org-logo: url('/themes/${look.organisationId}/${look.version}/logo');\n\t--gdb-org-logo-display: block;\n\t--gdb-app-logo-display: none;\n}\n`
		: '';
	return new Response(`${look.css ?? ''}${logo}`, {
		headers: {
			'content-type': 'text/css; charset=utf-8',
			'cache-control':
				String(look.version) === params.version ? 'public, max-age=31536000, immutable' : 'no-cache'
		}
	});
};
