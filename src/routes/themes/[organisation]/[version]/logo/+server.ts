import { error } from '$lib/server/http-error';
import { organisationLogo, organisationLook } from '$lib/server/read-model/organisations';
import type { RequestHandler } from './$types';

/** An organisation's logo (PNG or JPEG, checked by its bytes when it was loaded). */
export const GET: RequestHandler = ({ params }) => {
	const logo = organisationLogo(params.organisation);
	if (!logo) error(404, { message: 'Not Found' });
	const current = String(organisationLook(params.organisation)?.version) === params.version;
	return new Response(new Uint8Array(logo.bytes), {
		headers: {
			'content-type': logo.type,
			'content-security-policy': "default-src 'none'",
			'cache-control': current ? 'public, max-age=31536000, immutable' : 'no-cache'
		}
	});
};
