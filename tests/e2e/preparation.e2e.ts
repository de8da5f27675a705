// Before the day: the facilitator records purpose, plan and invitees, edits the perspectives at
// the table, and hands out the briefing (public page, one-page PDF, calendar invitation). On the
// day, the opening shows which perspectives are present and which are missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { createWorkshop, expectNoAxeViolations, open, phoneContext, signUp } from '../fixtures';

test('preparation: plan, invitees, perspectives, briefing; the opening shows who is missing', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	await signUp(page);
	const workshop = await createWorkshop(page, 'Algoritme voor bijstandsfraude');
	await page.getByRole('link', { name: 'Voorbereiding' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Voorbereiding');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

	await page.getByLabel('Doel van de workshop').fill('Afspraken over uitlegbaarheid en toezicht.');
	await page.getByLabel('Plaats').fill('Stadskantoor, zaal 3.14');
	await page.getByLabel('Begintijd').fill('13:30');
	await page.getByRole('button', { name: 'Opslaan' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

	const invite = async (name: string, email: string, seat: string) => {
		await page.getByLabel('Naam', { exact: true }).fill(name);
		await page.getByLabel('E-mailadres (optioneel)').fill(email);
		await page.getByLabel('Perspectief aan tafel').selectOption({ label: seat });
		await expect(
			page.getByRole('group', { name: 'Binnen of buiten de organisatie' })
		).toBeVisible();
		await expect(page.getByLabel('Rol of functie', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: 'Genodigde toevoegen' }).click();
		await expect(page.getByTestId('invitees')).toContainText(name);
	};
	await invite('Fatima el Amrani', 'fatima@gemeente.nl', 'Privacy / FG');
	await invite('Joost de Wit', '', 'Data en algoritmen');
	await expect(page.getByTestId('seats-covered')).toContainText('Privacy / FG (1)');
	await expect(page.getByTestId('seats-missing')).toContainText('Inwoner of belangenorganisatie');

	// A bad e-mail address is refused with a clear message, and nothing is added.
	await page.getByLabel('Naam', { exact: true }).fill('Iemand');
	await page.getByLabel('E-mailadres (optioneel)').fill('geen-adres');
	await page.getByLabel('E-mailadres (optioneel)').evaluate((el) => el.removeAttribute('type'));
	await page.getByRole('button', { name: 'Genodigde toevoegen' }).click();
	await expect(page.getByRole('alert')).toContainText('Vul een geldig e-mailadres in');
	await expect(page.getByTestId('invitees').getByRole('listitem')).toHaveCount(2);

	// The perspectives are data the facilitator edits: one renamed, one removed, one added.
	const editor = page.getByTestId('seats-editor');
	await editor.getByLabel('Naam (Nederlands) 10').fill('Leverancier van het algoritme');
	await editor.getByLabel('Communicatie verwijderen').check();
	await editor.getByLabel('Nieuw perspectief (Nederlands)').fill('Cliëntenraad');
	await editor.getByLabel('Nieuw perspectief (Engels)').fill('Client council');
	await page.getByRole('button', { name: 'Perspectieven opslaan' }).click();
	await expect(page.getByTestId('seats-missing')).toContainText('Cliëntenraad');
	await expect(page.getByTestId('seats-missing')).not.toContainText('Communicatie');
	await expect(editor.getByLabel('Naam (Engels) 1', { exact: true })).toHaveValue(
		'Elected official or executive'
	);
	await expect(editor.getByLabel('Nieuw perspectief (Nederlands)')).toHaveValue('');
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'screenshots/preparation.png', fullPage: true });

	// The briefing: public behind the join code, as a one-page PDF, and as an invitation.
	const briefingUrl = await page.getByLabel('Briefingpagina voor deelnemers').inputValue();
	const phone = await (await phoneContext(browser)).newPage();
	await open(phone, new URL(briefingUrl).pathname);
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(
		'Algoritme voor bijstandsfraude'
	);
	await expect(phone.getByText('Afspraken over uitlegbaarheid en toezicht.')).toBeVisible();
	await expect(phone.getByRole('listitem')).toContainText([
		'Opening en introductie CODIO (15 minuten)'
	]);
	await expect(phone.getByText('Stadskantoor, zaal 3.14')).toBeVisible();
	// When it starts and when it ends.
	await expect(phone.getByText(/13:30–1[5-7]:\d\d/)).toBeVisible();
	await expect(phone.getByRole('img', { name: /QR-code/ })).toBeVisible();
	await expectNoAxeViolations(phone);
	await phone.screenshot({ path: 'screenshots/briefing-phone.png', fullPage: true });

	const pdf = await page.request.get(`/workshops/${workshop.id}/briefing.pdf`);
	const dir = mkdtempSync(join(tmpdir(), 'briefing-'));
	writeFileSync(join(dir, 'briefing.pdf'), await pdf.body());
	const pages = execFileSync('pdfinfo', [join(dir, 'briefing.pdf')], { encoding: 'utf8' });
	expect(pages).toMatch(/Pages:\s+1\n/);
	const text = execFileSync('pdftotext', [join(dir, 'briefing.pdf'), '-'], { encoding: 'utf8' });
	expect(text).toContain('Algoritme voor bijstandsfraude');
	expect(text).toContain('Afspraken over uitlegbaarheid en toezicht.');
	expect(text).toContain('Opening en introductie CODIO (15 minuten)');
	expect(text).toContain(workshop.code);
	expect(text).toMatch(/13:30–1[5-7]:\d\d/);
	execFileSync('pdftoppm', [
		'-png',
		'-r',
		'60',
		join(dir, 'briefing.pdf'),
		'screenshots/briefing-pdf'
	]);

	const ics = await page.request.get(`/workshops/${workshop.id}/invitation.ics`);
	const event = new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')!;
	expect(event.getFirstPropertyValue('summary')).toBe('Algoritme voor bijstandsfraude');
	expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2026-12-01T13:30:00');
	expect(String(event.getFirstPropertyValue('dtend'))).toBe('2026-12-01T16:00:00');
	expect(event.getFirstPropertyValue('location')).toBe('Stadskantoor, zaal 3.14');
	expect(event.getAllProperties('attendee').map((a) => String(a.getFirstValue()))).toEqual([
		'mailto:fatima@gemeente.nl'
	]);

	// On the day: a participant says which perspective they bring; the dashboard shows the rest.
	await open(phone, workshop.joinUrl);
	await phone.getByLabel('Uw naam').fill('Fatima');
	await phone.getByRole('button', { name: 'Deelnemen' }).tap();
	await phone.getByLabel('Intern (binnen de organisatie)').check();
	await phone.getByLabel('Welk perspectief brengt u in? (optioneel)').selectOption({
		label: 'Privacy / FG'
	});
	await phone.getByRole('button', { name: 'Opslaan' }).tap();
	await expect(phone.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	await open(page, `/workshops/${workshop.id}`);
	await expect(page.getByTestId('seats-covered')).toHaveText('Privacy / FG (1)');
	await expect(page.getByTestId('seats-missing')).toContainText('Cliëntenraad');
	await expectNoAxeViolations(page);

	// The catalogue editor says, per value, where its name and placement come from.
	await page
		.getByRole('button', { name: 'Ga naar stap 3: Waarden en principes identificeren' })
		.click();
	await page.getByText('Waardencatalogus').click();
	const origin = (name: string) =>
		page.locator('.catalogue > li').filter({ hasText: name }).first().getByTestId('value-origin');
	await page.locator('.catalogue').getByText('Zeggenschap', { exact: true }).click();
	await expect(origin('Zeggenschap')).toContainText('Naam: reconstructie van deze app');
	await page.locator('.catalogue').getByText('Inclusiviteit', { exact: true }).click();
	await expect(origin('Inclusiviteit')).toContainText('Naam: genoemd in');
});
