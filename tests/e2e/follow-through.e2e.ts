// Between sessions: an owner reports status through their link and the facilitator's open action
// list changes at once; the calendar feed is a real ICS; the register lists and filters every
// commitment, with CSV.
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open, phoneContext } from '../fixtures';
import { seedRoom } from '../seed';

test('an owner reports through a status link, seen live on the action list; feed and register follow', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	const room = await seedRoom(page, { people: 4, cardsPerKind: 2 });
	room.close();
	await open(page, `/workshops/${room.workshop.id}/actions`);
	const item = page.getByTestId('commitment').first();
	const action = (await item.getByRole('heading').textContent())!.trim();

	// The owner gets an e-mail address and a status link, shown once with its QR code.
	await item.getByLabel('E-mail eigenaar (voor herinneringen)').fill('zoe@utrecht.nl');
	await item.getByRole('button', { name: 'Opslaan' }).click();
	await expect(item.getByTestId('history')).toContainText('e-mailadres van de eigenaar', {
		ignoreCase: true
	});
	await item.getByRole('button', { name: 'Statuslink maken' }).click();
	const linkField = item.getByLabel('Nieuwe statuslink voor de eigenaar');
	await expect(linkField).toHaveValue(/\/s\/[a-z0-9]{32}$/);
	const statusUrl = await linkField.inputValue();
	await expect(item.getByRole('img', { name: 'QR-code van de statuslink' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'screenshots/action-list-status-link.png', fullPage: true });

	// The owner, on a phone, without an account.
	const phone = await (await phoneContext(browser)).newPage();
	// The secret address leaves with no referrer and is not kept in any cache.
	const statusPage = await phone.request.get(new URL(statusUrl).pathname);
	expect(statusPage.headers()['referrer-policy']).toBe('no-referrer');
	expect(statusPage.headers()['cache-control']).toBe('no-store');
	await open(phone, new URL(statusUrl).pathname);
	await expect(phone.getByRole('heading', { name: action })).toBeVisible();
	await phone.getByLabel('Geblokkeerd').check();
	await phone.getByLabel('Korte toelichting').fill('Wacht op advies van de functionaris');
	await phone.getByRole('button', { name: 'Stand opslaan' }).click();
	await expect(phone.getByRole('status')).toContainText('Opgeslagen');
	await expect(phone.getByTestId('current-status')).toHaveText('Geblokkeerd');
	// The report is one entry in the history, which says which is the status and which the note.
	const latest = phone.getByTestId('status-history').getByRole('listitem').first();
	await expect(latest).toContainText('Status Geblokkeerd');
	await expect(latest).toContainText('Korte toelichting Wacht op advies van de functionaris');
	await expectNoAxeViolations(phone);
	await phone.screenshot({ path: 'screenshots/status-link-phone.png', fullPage: true });

	// The facilitator's list changed without a reload.
	await expect(item.getByLabel('Status', { exact: true })).toHaveValue('blocked');
	await expect(item.getByLabel('Toelichting bij de stand')).toHaveValue(
		'Wacht op advies van de functionaris'
	);
	await expect(item.getByTestId('history')).toContainText('(via statuslink)');

	// A link that posts on a loop is refused after ten reports in ten minutes, with a clear page.
	const report = () =>
		phone.request.post(new URL(statusUrl).pathname, {
			form: { status: 'blocked', note: 'Wacht op advies van de functionaris' },
			// As a browser without JavaScript posts it: the answer is a page.
			headers: { origin: new URL(statusUrl).origin, accept: 'text/html' }
		});
	for (let i = 2; i <= 10; i++) expect((await report()).status(), `report ${i}`).toBe(200);
	const refused = await report();
	expect(refused.status()).toBe(429);
	expect(await refused.text()).toContain('Te veel pogingen');
	await phone.getByRole('button', { name: 'Stand opslaan' }).click();
	await expect(phone.getByRole('alert')).toContainText('Te veel pogingen');
	await phone.screenshot({ path: 'screenshots/status-link-refused.png', fullPage: true });

	// Revoked: the link answers with a friendly page and changes nothing.
	await item.getByRole('button', { name: 'Statuslink intrekken' }).click();
	await expect(item.getByRole('button', { name: 'Statuslink maken' })).toBeVisible();
	const gone = await phone.goto(new URL(statusUrl).pathname);
	expect(gone?.status()).toBe(404);
	await expect(phone.getByText('Deze statuslink bestaat niet (meer).')).toBeVisible();
	const post = await phone.request.post(new URL(statusUrl).pathname, {
		form: { status: 'done', note: '' },
		headers: { origin: new URL(statusUrl).origin }
	});
	expect(post.status()).toBe(404);
	await phone.close();

	// The calendar feed: a secret address, a real ICS with alarms.
	await page.getByRole('button', { name: 'Agenda-adres maken' }).click();
	const feedUrl = await page.getByLabel('Adres van het agenda-abonnement').inputValue();
	const feed = await page.request.get(feedUrl);
	expect(feed.headers()['content-type']).toContain('text/calendar');
	expect(feed.headers()['referrer-policy']).toBe('no-referrer');
	const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
	expect(events).toHaveLength(10);
	expect(events.every((e) => e.getFirstSubcomponent('valarm'))).toBe(true);

	// One commitment is overdue: the register says so and filters on it.
	await item.getByLabel('Uiterlijk').fill('2026-01-15');
	await item.getByRole('button', { name: 'Opslaan' }).click();
	await expect(item.getByTestId('history')).toContainText('15 jan');
	await open(page, '/register');
	await expect(page.getByTestId('register-count')).toContainText(
		'10 van 10 afspraken · 1 verlopen'
	);
	await page.getByLabel('Alleen verlopen').check();
	await page.getByRole('button', { name: 'Toepassen' }).click();
	await expect(page).toHaveURL(/overdue=1/);
	await expect(page.getByTestId('register').getByRole('row')).toHaveCount(2);
	await expect(page.getByTestId('register')).toContainText(action);
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'screenshots/register.png', fullPage: true });
	await page.setViewportSize({ width: 360, height: 800 });
	// On a phone every fact of a commitment is on the screen, none in a table to scroll sideways.
	for (const cell of await page.getByTestId('register').locator('td').all()) {
		const box = (await cell.boundingBox())!;
		expect(box.x + box.width, await cell.innerText()).toBeLessThanOrEqual(360);
	}
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'screenshots/register-phone.png', fullPage: true });
	await page.setViewportSize({ width: 1280, height: 800 });
	const href = await page.getByRole('link', { name: /Download als CSV/ }).getAttribute('href');
	const csv = await page.request.get(href!);
	const lines = (await csv.text()).trim().split('\r\n');
	expect(lines).toHaveLength(2);
	expect(lines[1]).toContain('Geblokkeerd');
	expect(lines[1]).toContain(';ja;');
});
