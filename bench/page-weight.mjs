// Phone page weight: JavaScript and CSS transferred (gzip) for the start page, the join page and
// the participant view opened in each step (results revealed, a timer running: all it can show).
import { chromium, devices } from '@playwright/test';
import { ack, closeAll, connectAll } from './lib/clients.mjs';
import { measurePageWeight } from './lib/page-weight.mjs';
import { seedWorkshop, startServer } from './lib/server.mjs';
import { printTable } from './lib/stats.mjs';
import { chromiumPathOrExit } from '../scripts/find-chromium.mjs';

export async function runPageWeight() {
	const server = await startServer({ port: 4360 });
	const browser = await chromium.launch({
		executablePath: chromiumPathOrExit(),
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const { workshopId, cookie } = await seedWorkshop(server, 'Gewicht');
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
		const home = await measurePageWeight(await phone.newPage(), server.url);
		const [dashboard] = await connectAll(server.url, [
			{ auth: { workshopId, view: 'dashboard' }, cookie }
		]);
		const row = (name, m, budget) => ({
			page: name,
			'JS KiB gz': m.js.gzip / 1024,
			'JS KiB raw': m.js.raw / 1024,
			'JS files': m.js.files,
			'CSS KiB gz': m.css.gzip / 1024,
			'budget JS KiB gz': budget
		});
		const rows = [row('start page', home, '–'), row('join page', join, 60)];
		const kinds = server.db
			.prepare('SELECT number, kind FROM workshop_steps WHERE workshop_id = ? ORDER BY number')
			.all(workshopId);
		for (const { number: step, kind } of kinds) {
			for (const [event, payload] of [
				['step:set', { step }],
				['step:flags', { step, revealed: true }],
				['timer:control', { step, action: 'start' }]
			]) {
				const reply = await ack(dashboard, event, payload);
				if (!reply.ok) throw new Error(`${event}: ${reply.error}`);
			}
			const view = await phone.newPage();
			const weight = await measurePageWeight(view, url);
			await view.getByTestId('participant-step').waitFor();
			rows.push(row(`participant view, step ${step} (${kind})`, weight, 60));
			await view.close();
		}
		closeAll([dashboard]);
		printTable('Phone page weight (Chromium, Pixel 7)', rows);
		return rows;
	} finally {
		await browser.close();
		await server.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await runPageWeight();
