// What the accessibility statement (/toegankelijkheid) says was tested, tested: the statement
// itself in both languages, reflow at 200% zoom, reduced motion and forced colours.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from '../fixtures';
import { seedRoom } from '../seed';

/** Whether the page scrolls sideways (a wide table scrolling in its own box is fine). */
const overflows = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

test('the accessibility statement, in Dutch and English, linked from every page', async ({
	page
}) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'Toegankelijkheid' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegankelijkheidsverklaring');
	await expect(page.getByTestId('a11y-status')).toContainText('WCAG 2.2 niveau AA');
	await expect(page.getByText('Alleen met het toetsenbord')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: /EN/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
	await expect(page.getByText('The PDF exports are not tagged')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('every facilitator page reflows at 200% zoom; reduced motion and forced colours hold', async ({
	browser
}) => {
	test.setTimeout(120_000);
	// 1280 × 800 at 200% zoom is a 640 × 400 CSS-pixel window at twice the pixel density.
	const context = await browser.newContext({
		viewport: { width: 640, height: 400 },
		deviceScaleFactor: 2
	});
	const page = await context.newPage();
	const room = await seedRoom(page, { people: 3, cardsPerKind: 1 });
	room.close();
	const id = room.workshop.id;
	for (const path of [
		'/',
		'/workshops',
		`/workshops/${id}`,
		`/workshops/${id}/actions`,
		`/workshops/${id}/preparation`,
		`/workshops/${id}/settings`,
		`/workshops/${id}/algoritmeregister`,
		'/register',
		'/toegankelijkheid',
		`/j/${room.workshop.code}/briefing`
	]) {
		await open(page, path);
		expect(await overflows(page), `${path} scrolls sideways at 200%`).toBe(false);
	}
	await page.screenshot({ path: 'screenshots/zoom-200-briefing.png', fullPage: true });

	// Reduced motion: the disclosure marker turns without a transition.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page, `/workshops/${id}/actions`);
	const marker = await page
		.locator('details > summary')
		.first()
		.evaluate((el) => getComputedStyle(el, '::before').transitionDuration);
	expect(marker).toBe('0s');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const moving = await page
		.locator('details > summary')
		.first()
		.evaluate((el) => getComputedStyle(el, '::before').transitionDuration);
	expect(moving).toBe('0.15s');

	// Forced colours (Windows high contrast): still no violations, and the focus still shows.
	await page.emulateMedia({ forcedColors: 'active' });
	await open(page, `/workshops/${id}`);
	await expectNoAxeViolations(page);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => {
		const style = getComputedStyle(document.activeElement!);
		return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
	});
	expect(outline.style).not.toBe('none');
	expect(outline.width).toBeGreaterThanOrEqual(2);
	await page.screenshot({ path: 'screenshots/forced-colours-dashboard.png' });
	await context.close();
});
