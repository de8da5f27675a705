// Measures what a page makes the browser download: JavaScript and CSS, with the gzip size each
// would have on the wire (level 9, as adapter-node's precompressed files are served).
import { gzipSync } from 'node:zlib';

/**
 * @param {import('@playwright/test').Page} page a page about to navigate
 * @param {string} url
 * @returns {Promise<{ js: { raw: number, gzip: number, files: number }, css: { raw: number, gzip: number, files: number } }>}
 */
export async function measurePageWeight(page, url) {
	/** @type {Promise<void>[]} */
	const pending = [];
	const totals = { js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 } };
	page.on('response', (response) => {
		const type = response.request().resourceType();
		const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : null;
		if (!kind) return;
		pending.push(
			response.body().then((body) => {
				totals[kind].raw += body.length;
				totals[kind].gzip += gzipSync(body, { level: 9 }).length;
				totals[kind].files += 1;
			})
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	return totals;
}
