import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, open, signUp } from '../fixtures';
import { seedRoom, type SeededRoom } from '../seed';

// The organisation's own look: a beheerder loads a theme of NL Design System tokens and a logo;
// the dashboard, the beamer (large text and high contrast whatever the theme), the phones of the
// organisation's workshops and its PDFs wear it. Themes that reach out, are not custom properties
// or make text illegible are refused and change nothing. Every view is looked at (screenshots in
// screenshots/themes/) and checked with axe in both themes.
test.describe.configure({ mode: 'serial' });

const THEME = 'tests/themes/voorbeeldstad.css';
const LOGO = 'tests/themes/voorbeeldstad-logo.png';
const GREEN = 'rgb(11, 94, 58)';
const DEFAULT_BLUE = 'rgb(21, 66, 115)';

let room: SeededRoom;
let beheerder: Page;
let views: { name: string; page: Page; sizes: { width: number; height: number }[] }[];

async function openViews(browser: Browser) {
	const laptop = beheerder.context();
	const dashboard = await laptop.newPage();
	await open(dashboard, `/workshops/${room.workshop.id}`);
	const beamer = await laptop.newPage();
	await beamer.emulateMedia({ reducedMotion: 'reduce' });
	await open(beamer, `/workshops/${room.workshop.id}/beamer`);
	const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
	const device = await browser.newContext({ ...pixel, viewport: { width: 360, height: 740 } });
	const [name, value] = room.participants[0]!.cookie.split('=') as [string, string];
	await device.addCookies([{ name, value, url: room.base }]);
	const phone = await device.newPage();
	await open(phone, `/j/${room.workshop.code}/live`);
	return [
		{ name: 'dashboard', page: dashboard, sizes: [{ width: 1280, height: 800 }] },
		{
			name: 'beamer',
			page: beamer,
			sizes: [
				{ width: 1920, height: 1080 },
				{ width: 1280, height: 720 }
			]
		},
		{ name: 'phone', page: phone, sizes: [{ width: 360, height: 740 }] },
		{ name: 'organisation', page: beheerder, sizes: [{ width: 1280, height: 800 }] }
	];
}

/** Screenshots of every view at its sizes, and axe on each. */
async function lookAtEveryView(theme: string) {
	for (const { name, page, sizes } of views) {
		if (name === 'organisation') await open(page, '/organisation/look');
		else await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		for (const size of sizes) {
			await page.setViewportSize(size);
			await page.screenshot({
				path: `screenshots/themes/${theme}-${name}-${size.width}x${size.height}.png`,
				fullPage: name !== 'beamer'
			});
		}
		await expectNoAxeViolations(page);
	}
}

const style = (page: Page, selector: string, property: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test.beforeAll(async ({ browser }) => {
	test.setTimeout(300_000);
	mkdirSync('screenshots/themes', { recursive: true });
	beheerder = await (
		await browser.newContext({ viewport: { width: 1280, height: 800 } })
	).newPage();
	await signUp(beheerder, 'Fenna Beheerder');
	await open(beheerder, '/organisation');
	await beheerder.getByLabel('Naam van de organisatie').fill('Gemeente Voorbeeldstad');
	await beheerder.getByRole('button', { name: 'Organisatie oprichten' }).click();
	await expect(beheerder.getByTestId('my-role')).toContainText('beheerder');
	room = await seedRoom(beheerder, {
		title: 'Algoritmische risicoprofilering bij bijstandsaanvragen',
		people: 40,
		cardsPerKind: 10,
		signedIn: true
	});
	views = await openViews(browser);
});
test.afterAll(() => room?.close());

test('the default theme: the app’s own calm look on every view', async () => {
	await lookAtEveryView('standaard');
	const [dashboard, beamer, phone] = views.map((v) => v.page);
	expect(await style(dashboard!, '.site-header', 'background-color')).toBe(DEFAULT_BLUE);
	expect(await style(phone!, '.site-header', 'background-color')).toBe(DEFAULT_BLUE);
	expect(await style(beamer!, '.beamer__title', 'color')).toBe(DEFAULT_BLUE);
	await expect(phone!.locator('.site-header__org-logo')).toBeHidden();
	await expect(phone!.locator('link[rel=stylesheet][href^="/themes/"]')).toHaveCount(0);
});

test('a theme that is not custom properties, reaches out or fails contrast is refused', async () => {
	const page = beheerder;
	await open(page, '/organisation/look');
	const dir = mkdtempSync(join(tmpdir(), 'theme-'));
	const load = async (name: string, css: string) => {
		const file = join(dir, name);
		writeFileSync(file, css);
		await page.getByLabel('Themabestand (.css)').setInputFiles(file);
		await page.getByRole('button', { name: 'Thema laden' }).click();
		return page.getByTestId('theme-error');
	};
	await expect(await load('import.css', '@import url("https://cdn.example/t.css");')).toContainText(
		'mag geen andere bestanden importeren'
	);
	await expect(
		await load('url.css', '.x-theme { --logo: url(https://cdn.example/logo.svg); }')
	).toContainText('--logo bevat een url()');
	await expect(await load('regels.css', 'body { color: red; }')).toContainText(
		'Alleen :root of de klasse van het thema mag, niet “body”'
	);
	const pale = await load(
		'bleek.css',
		'.x-theme { --basis-color-accent-1-inverse-bg-default: #9cc3e6; --basis-color-default-color-document: #9a9a9a; }'
	);
	await expect(pale).toContainText('halen het minimale contrast niet');
	await expect(pale).toContainText('tekst op paginaachtergrond');
	await expect(pale).toContainText('knoptekst op knop');
	await page.screenshot({ path: 'screenshots/themes/geweigerd-1280x800.png', fullPage: true });
	await expectNoAxeViolations(page);
	// Nothing changed.
	await expect(page.getByTestId('theme-current')).toContainText('standaardthema');
});

test('the organisation’s theme and logo: dashboard, beamer, phones and PDFs wear it', async ({
	baseURL
}) => {
	const page = beheerder;
	await open(page, '/organisation/look');
	await page.getByLabel('Themabestand (.css)').setInputFiles(THEME);
	await page.getByRole('button', { name: 'Thema laden' }).click();
	await expect(page.getByTestId('theme-current')).toContainText(
		'Huidig thema: voorbeeldstad.css, accentkleur #0b5e3a'
	);
	await page.getByLabel('Logobestand').setInputFiles(LOGO);
	await page.getByRole('button', { name: 'Logo laden' }).click();
	await expect(
		page.getByRole('main').getByRole('img', { name: 'Gemeente Voorbeeldstad' })
	).toBeVisible();
	// A file that only says it is an image is refused.
	const fake = join(mkdtempSync(join(tmpdir(), 'logo-')), 'logo.png');
	writeFileSync(fake, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
	await page.getByLabel('Logobestand').setInputFiles(fake);
	await page.getByRole('button', { name: 'Logo laden' }).click();
	await expect(page.getByText('Een logo is een PNG of JPEG.')).toBeVisible();

	await lookAtEveryView('voorbeeldstad');
	const [dashboard, beamer, phone] = views.map((v) => v.page);
	for (const view of [dashboard!, phone!]) {
		expect(await style(view, '.site-header', 'background-color')).toBe(GREEN);
		// The logo on its white plate, from the theme's stylesheet: no script on the phone.
		await expect(view.locator('.site-header__org-logo')).toBeVisible();
		expect(await style(view, '.site-header__org-logo', 'background-image')).toMatch(
			/^url\(".*\/themes\/[a-z2-7]+\/\d+\/logo"\)$/
		);
		await expect(view.locator('.site-header__logo')).toBeHidden();
	}
	// The beamer: the theme's accent and logo, its own black on white and large text.
	expect(await style(beamer!, '.beamer__title', 'color')).toBe(GREEN);
	expect(await style(beamer!, '.beamer', 'color')).toBe('rgb(0, 0, 0)');
	expect(await style(beamer!, '.beamer', 'background-color')).toBe('rgb(255, 255, 255)');
	await expect(beamer!.locator('.beamer__logo')).toBeVisible();
	expect(parseFloat(await style(beamer!, '.beamer', 'font-size'))).toBeGreaterThanOrEqual(17);
	// The theme as served: only its custom properties, written out again.
	const href = await phone!.locator('link[rel=stylesheet][href^="/themes/"]').getAttribute('href');
	const served = await phone!.request.get(href!);
	expect(served.headers()['content-type']).toBe('text/css; charset=utf-8');
	const css = await served.text();
	expect(css.startsWith(':root:root {')).toBe(true);
	expect(css).not.toContain('/*');
	expect(css).not.toContain('--donker');

	// The PDF: the logo on the first page, the headings in the accent colour.
	const pdf = await page.request.post(`/workshops/${room.workshop.id}/export/pdf`, {
		form: {},
		headers: { origin: baseURL! }
	});
	expect(pdf.status()).toBe(200);
	const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
	const file = join(dir, 'workshop.pdf');
	writeFileSync(file, await pdf.body());
	const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', file], {
		encoding: 'utf8'
	});
	expect(images).toMatch(/\n\s*1\s+0\s+image\s+240\s+80\s/);
	const page1 = ['-f', '1', '-l', '1', '-singlefile'];
	execFileSync('pdftoppm', ['-r', '60', ...page1, '-png', file, join(dir, 'page')]);
	execFileSync('pdftoppm', ['-r', '100', ...page1, file, join(dir, 'page')]);
	const ppm = readFileSync(join(dir, 'page.ppm'));
	expect(countPixels(ppm, [11, 94, 58])).toBeGreaterThan(500);
	expect(countPixels(ppm, [21, 66, 115])).toBe(0);
	writeFileSync(
		'screenshots/themes/voorbeeldstad-pdf-page-1.png',
		readFileSync(join(dir, 'page.png'))
	);
});

/** How many pixels of a binary PPM (P6) are within 8 of this colour. */
function countPixels(ppm: Buffer, [r, g, b]: [number, number, number]): number {
	const header = ppm.toString('latin1', 0, 50).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
	if (!header) throw new Error('not a PPM');
	let count = 0;
	for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
		if (
			Math.abs(ppm[i]! - r) < 8 &&
			Math.abs(ppm[i + 1]! - g) < 8 &&
			Math.abs(ppm[i + 2]! - b) < 8
		) {
			count++;
		}
	}
	return count;
}
