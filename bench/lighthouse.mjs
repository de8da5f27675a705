// Lighthouse (mobile, simulated slow 4G and a mid-range phone CPU) on the join page and the
// participant view, in Debian's Chromium: performance and accessibility scores.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable } from './lib/stats.mjs';
import { chromiumPathOrExit } from '../scripts/find-chromium.mjs';

const BUDGET = { performance: 95, accessibility: 100 };

async function audit(port, url, cookie) {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility'],
		extraHeaders: cookie ? { Cookie: cookie } : undefined
	});
	const { categories, audits } = result.lhr;
	const failed = Object.values(audits)
		.filter((a) => a.score === 0 && categories.accessibility.auditRefs.some((r) => r.id === a.id))
		.map((a) => a.id);
	return {
		performance: Math.round(categories.performance.score * 100),
		accessibility: Math.round(categories.accessibility.score * 100),
		fcp: audits['first-contentful-paint'].numericValue,
		lcp: audits['largest-contentful-paint'].numericValue,
		tbt: audits['total-blocking-time'].numericValue,
		cls: audits['cumulative-layout-shift'].numericValue,
		failed
	};
}

export async function runLighthouse() {
	const server = await startServer({ port: 4370 });
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPathOrExit(),
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
	});
	try {
		const { workshopId } = await seedWorkshop(server, 'Lighthouse');
		const code = server.db
			.prepare('SELECT join_code FROM workshops WHERE id = ?')
			.pluck()
			.get(workshopId);
		const [participant] = seedParticipants(server, workshopId, 1);
		const pages = [
			['join page', `${server.url}/j/${code}`, undefined],
			['participant view', `${server.url}/j/${code}/live`, participant.cookie]
		];
		const rows = [];
		for (const [name, url, cookie] of pages) {
			const r = await audit(chrome.port, url, cookie);
			rows.push({
				page: name,
				performance: r.performance,
				accessibility: r.accessibility,
				'FCP ms': r.fcp,
				'LCP ms': r.lcp,
				'TBT ms': r.tbt,
				CLS: r.cls,
				'failed a11y audits': r.failed.join(' ') || '–',
				budget: `≥ ${BUDGET.performance} / ${BUDGET.accessibility}`
			});
		}
		printTable('Lighthouse, mobile (simulated throttling)', rows);
		return rows;
	} finally {
		await chrome.kill();
		await server.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await runLighthouse();
