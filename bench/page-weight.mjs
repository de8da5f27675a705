// Phone page weight: JavaScript and CSS transferred (gzip) for the join page and the participant view.
import { chromium, devices } from '@playwright/test';
import { measurePageWeight } from './lib/page-weight.mjs';
import { seedWorkshop, startServer } from './lib/server.mjs';
import { printTable } from './lib/stats.mjs';

export async function runPageWeight() {
	const server = await startServer({ port: 4360 });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const { workshopId } = await seedWorkshop(server, 'Gewicht');
		const code = server.db
			.prepare('SELECT join_code FROM workshops WHERE id = ?')
			.pluck()
			.get(workshopId);
		const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
		const phone = await browser.newContext(pixel);
		const url = `${server.url}/j/${code}`;
		const join = await measurePageWeight(await phone.newPage(), url);
		const page = await phone.newPage();
		await page.goto(url);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.getByRole('button', { name: 'Deelnemen' }).click();
		await page.getByTestId('participant-name').waitFor();
		const participant = await measurePageWeight(await phone.newPage(), url);
		const home = await measurePageWeight(await phone.newPage(), server.url);
		const row = (name, m) => ({
			page: name,
			'JS KiB gz': m.js.gzip / 1024,
			'JS KiB raw': m.js.raw / 1024,
			'JS files': m.js.files,
			'CSS KiB gz': m.css.gzip / 1024,
			'budget JS KiB gz': 60
		});
		const rows = [
			row('start page', home),
			row('join page', join),
			row('participant view', participant)
		];
		printTable('Phone page weight (Chromium, Pixel 7)', rows);
		return rows;
	} finally {
		await browser.close();
		await server.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await runPageWeight();
