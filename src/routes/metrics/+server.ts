import { error } from '@sveltejs/kit';
import { mayScrape } from '$lib/server/metrics/access';
import { metricsText } from '$lib/server/metrics/collect';
import { metricsEnabled } from '$lib/server/metrics/record';
import type { RequestHandler } from './$types';

/** Prometheus metrics: off (404) without METRICS_TOKEN, 401 without that token as a bearer. */
export const GET: RequestHandler = async ({ request }) => {
	if (!metricsEnabled()) error(404, 'Not Found');
	if (!mayScrape(request.headers.get('authorization'))) {
		return new Response('Unauthorized', {
			status: 401,
			headers: { 'www-authenticate': 'Bearer realm="metrics"' }
		});
	}
	const metrics = await metricsText();
	if (!metrics) error(404, 'Not Found');
	return new Response(metrics.body, { headers: { 'content-type': metrics.contentType } });
};
