import { expect, test } from '@playwright/test';
import { measurePageWeight } from '../../bench/lib/page-weight.mjs';
import { facilitatorContext, phoneContext } from '../fixtures';
import { seedInstrumentRoom, seedRoom } from '../seed';

/**
 * The phone pages' JavaScript (gzip), as the README's "Budgets" table states it: 60 KiB for the
 * join page and for the participant view, opened in every step with its results revealed and a
 * timer running (each step's screen is its own chunk, loaded when the room gets there).
 */
export const PHONE_JS_BUDGET_BYTES = 60 * 1024;

test('the phone pages stay within their JavaScript budget, in every step', async ({ browser }) => {
	test.setTimeout(60_000);
	const laptop = await facilitatorContext(browser);
	const room = await seedRoom(await laptop.newPage(), { people: 2, cardsPerKind: 2 });
	const phone = await phoneContext(browser);
	const join = await measurePageWeight(await phone.newPage(), room.workshop.joinUrl);
	const [name, value] = room.participants[0]!.cookie.split('=') as [string, string];
	await phone.addCookies([{ name, value, url: room.base }]);

	const rows: string[] = [`join: JS ${join.js.gzip} B gz`];
	const steps: number[] = [];
	for (let step = 1; step <= 6; step++) {
		await room.send(room.dashboard, 'step:set', { step });
		await room.send(room.dashboard, 'step:flags', { step, revealed: true });
		await room.send(room.dashboard, 'timer:control', { step, action: 'start' });
		const page = await phone.newPage();
		const weight = await measurePageWeight(page, room.workshop.joinUrl);
		// Measured once the step's own screen is there, not while it is still on its way.
		await expect(page.getByTestId('participant-step')).toBeVisible();
		await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
		steps.push(weight.js.gzip);
		rows.push(`step ${step}: JS ${weight.js.gzip} B gz, CSS ${weight.css.gzip} B gz`);
		await page.close();
	}
	console.log(`[page weight] ${rows.join('; ')}`);
	expect(join.js.gzip).toBeLessThanOrEqual(PHONE_JS_BUDGET_BYTES);
	expect(Math.max(...steps)).toBeLessThanOrEqual(PHONE_JS_BUDGET_BYTES);
	room.close();
	await laptop.close();
	await phone.close();
});

test('an instrument’s phone pages stay within the budget too: its questions and its decision', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const laptop = await facilitatorContext(browser);
	const room = await seedInstrumentRoom(await laptop.newPage(), { people: 1 });
	const phone = await phoneContext(browser);
	const [name, value] = room.participants[0]!.cookie.split('=') as [string, string];
	await phone.addCookies([{ name, value, url: room.base }]);
	const rows: string[] = [];
	const steps: number[] = [];
	// Deel 1 (open text and a yes/no choice), Deel 3 (a multiple choice of 30), the decision.
	for (const [step, item] of [
		[4, '1.2.1'],
		[6, '3.1.1'],
		[8, null]
	] as const) {
		await room.send(room.dashboard, 'step:set', { step });
		if (item) await room.send(room.dashboard, 'question:go', { step, item });
		await room.send(room.dashboard, 'step:flags', { step, revealed: true });
		await room.send(room.dashboard, 'timer:control', { step, action: 'start' });
		const page = await phone.newPage();
		const weight = await measurePageWeight(page, room.workshop.joinUrl);
		await expect(page.getByTestId('participant-step')).toBeVisible();
		await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
		steps.push(weight.js.gzip);
		rows.push(`step ${step}: JS ${weight.js.gzip} B gz, CSS ${weight.css.gzip} B gz`);
		await page.close();
	}
	console.log(`[page weight, instrument] ${rows.join('; ')}`);
	expect(Math.max(...steps)).toBeLessThanOrEqual(PHONE_JS_BUDGET_BYTES);
	room.close();
	await laptop.close();
	await phone.close();
});
