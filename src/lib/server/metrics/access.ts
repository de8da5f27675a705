import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a scrape may read /metrics: it says how busy an organisation is, so it takes the
 * METRICS_TOKEN as a bearer token (compared in constant time).
 */
export function mayScrape(authorization: string | null): boolean {
	const token = process.env.METRICS_TOKEN;
	if (!token || !authorization?.startsWith('Bearer ')) return false;
	const given = Buffer.from(authorization.slice('Bearer '.length));
	const wanted = Buffer.from(token);
	return given.length === wanted.length && timingSafeEqual(given, wanted);
}
