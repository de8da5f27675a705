import AxeBuilder from '@axe-core/playwright';
import {
	devices,
	expect,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page
} from '@playwright/test';

/** Opens a page and waits until Svelte has hydrated it, so typing is not lost and buttons work. */
export async function open(page: Page, path: string) {
	const response = await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return response;
}

let counter = 0;
/** A unique e-mail address per test run, so tests never collide on the shared database. */
export function uniqueEmail(prefix = 'begeleider'): string {
	counter++;
	return `${prefix}-${Date.now()}-${process.pid}-${counter}@gemeente.nl`;
}

/** A laptop: the facilitator's dashboard. */
export function facilitatorContext(browser: Browser): Promise<BrowserContext> {
	return browser.newContext({ viewport: { width: 1280, height: 800 } });
}

/** A phone: Pixel-size, touch, mobile user agent. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
	const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
	return browser.newContext(pixel);
}

export async function signUp(page: Page, name = 'Anne de Vries'): Promise<string> {
	const email = uniqueEmail();
	await open(page, '/signup');
	await page.getByLabel('Naam').fill(name);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
	await page.getByRole('button', { name: 'Account aanmaken' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();
	return email;
}

export interface CreatedWorkshop {
	id: string;
	code: string;
	joinUrl: string;
}

export async function createWorkshop(
	page: Page,
	title = 'Cameratoezicht binnenstad'
): Promise<CreatedWorkshop> {
	await open(page, '/workshops/new');
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Organisatie').fill('Gemeente Utrecht');
	await page
		.getByLabel('Beschrijving van de casus')
		.fill('Moeten we camera’s met gezichtsherkenning inzetten?');
	await page.getByLabel('Datum').fill('2026-12-01');
	await page.getByRole('button', { name: 'Workshop aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const id = new URL(page.url()).pathname.split('/').pop()!;
	const code = (await page.getByTestId('join-code').innerText())
		.replace(/[^A-Z0-9]/g, '')
		.slice(-6);
	const joinUrl = (await page.getByTestId('join-link').innerText()).trim();
	return { id, code, joinUrl };
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

/**
 * Moves the keyboard focus with Tab (Shift+Tab backwards) until `target` has it: proves the
 * control can be reached without a mouse. Fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { max = 60, backwards = false } = {}) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`could not reach ${target} with the keyboard in ${max} presses`);
}

/** Whether the page scrolls sideways (a wide table scrolling in its own box is fine). */
export const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/**
 * A room's three screens at every size they are used at (the phone at 360 and 320 px, the
 * dashboard as it is, the beamer at 1920×1080 and 1280×720): none scrolls sideways, each is
 * screenshot into `screenshots/<dir>/` and checked with axe. The phone is left at 360 px.
 */
export async function shootRoom(
	dir: string,
	name: string,
	{ phone, dashboard, beamer }: { phone: Page; dashboard: Page; beamer: Page }
): Promise<void> {
	for (const width of [360, 320]) {
		await phone.setViewportSize({ width, height: 740 });
		expect(await scrollsSideways(phone), `phone ${width} ${name}`).toBe(false);
		await phone.screenshot({
			path: `screenshots/${dir}/phone-${width}-${name}.png`,
			fullPage: true
		});
	}
	await phone.setViewportSize({ width: 360, height: 740 });
	expect(await scrollsSideways(dashboard), `dashboard ${name}`).toBe(false);
	await dashboard.screenshot({ path: `screenshots/${dir}/dashboard-${name}.png`, fullPage: true });
	for (const size of [
		{ width: 1920, height: 1080 },
		{ width: 1280, height: 720 }
	]) {
		await beamer.setViewportSize(size);
		expect(await scrollsSideways(beamer), `beamer ${size.width} ${name}`).toBe(false);
		await beamer.screenshot({ path: `screenshots/${dir}/beamer-${size.width}-${name}.png` });
	}
	for (const page of [phone, dashboard, beamer]) await expectNoAxeViolations(page);
}
