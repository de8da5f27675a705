import { expect, test } from '@playwright/test';
import { measurePageWeight } from '../../bench/lib/page-weight.mjs';
import { createWorkshop, facilitatorContext, phoneContext, signUp } from '../fixtures';

/**
 * Budget for the phone pages' JavaScript (gzip, as transferred): 60 KiB, as in the README
 * ("Budgets"). Measured today: join page about 43 KiB, participant view about 59 KiB.
 */
export const PHONE_JS_BUDGET_BYTES = 60 * 1024;

test('the phone pages stay within their JavaScript budget', async ({ browser }) => {
	const laptop = await facilitatorContext(browser);
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard, 'Gewicht');

	const phone = await phoneContext(browser);
	const join = await measurePageWeight(await phone.newPage(), workshop.joinUrl);
	const page = await phone.newPage();
	await page.goto(workshop.joinUrl);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(page.getByTestId('participant-name')).toBeVisible();
	const participant = await measurePageWeight(await phone.newPage(), workshop.joinUrl);
	console.log(
		`[page weight] join: JS ${join.js.gzip} B gz, CSS ${join.css.gzip} B gz; participant view: JS ${participant.js.gzip} B gz, CSS ${participant.css.gzip} B gz`
	);
	expect(participant.js.gzip).toBeLessThanOrEqual(PHONE_JS_BUDGET_BYTES);
	expect(join.js.gzip).toBeLessThanOrEqual(PHONE_JS_BUDGET_BYTES);
	await laptop.close();
	await phone.close();
});
