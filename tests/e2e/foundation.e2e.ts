import { expect, test } from '@playwright/test';
import {
	createWorkshop,
	expectNoAxeViolations,
	facilitatorContext,
	open,
	phoneContext,
	signUp,
	uniqueEmail
} from '../fixtures';

test('a facilitator signs up, creates a workshop, and a phone joins by code and follows the steps live', async ({
	browser
}) => {
	const laptop = await facilitatorContext(browser);
	const phone = await phoneContext(browser);
	const dashboard = await laptop.newPage();
	const mobile = await phone.newPage();

	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard);
	expect(workshop.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
	expect(workshop.joinUrl).toMatch(new RegExp(`/j/${workshop.code}$`));
	await expect(dashboard.getByRole('img', { name: /QR/ })).toBeVisible();
	await expect(dashboard.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
	await expect(dashboard.getByTestId('participant-count')).toHaveText('0 van 0 aanwezig');

	// The phone types the code on the start page, in lower case with a space.
	expect(await mobile.evaluate(() => navigator.maxTouchPoints)).toBeGreaterThan(0);
	await open(mobile, '/');
	await mobile
		.getByLabel('Deelnamecode')
		.fill(`${workshop.code.slice(0, 3).toLowerCase()} ${workshop.code.slice(3)}`);
	await mobile.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(mobile).toHaveURL(new RegExp(`/j/${workshop.code}$`));
	await mobile.getByLabel('Uw naam').fill('Zoë');
	await mobile.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(mobile.getByTestId('participant-name')).toHaveText('U doet mee als Zoë');
	await expect(mobile.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
	await expect(mobile.getByTestId('step-number')).toHaveText('Stap 1 van 6');

	// The dashboard sees the newcomer without a reload.
	await expect(dashboard.getByTestId('participants')).toContainText('Zoë');
	await expect(dashboard.getByTestId('participant-count')).toHaveText('1 van 1 aanwezig');

	// Next step: the phone follows at once (the timeout only allows for a loaded machine).
	await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
	await expect(mobile.getByTestId('step-number')).toHaveText('Stap 2 van 6', { timeout: 5000 });
	await expect(mobile.getByRole('heading', { level: 1 })).toHaveText('Casus verkennen');
	// Jump from the step rail.
	await dashboard
		.getByRole('button', { name: 'Ga naar stap 5: Acties ordenen op noodzaak en belang' })
		.click();
	await expect(mobile.getByTestId('step-number')).toHaveText('Stap 5 van 6', { timeout: 5000 });

	// A reload returns the same participant, at the current step, without joining again.
	await mobile.reload();
	await mobile.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(mobile.getByTestId('participant-name')).toHaveText('U doet mee als Zoë');
	await expect(mobile.getByTestId('step-number')).toHaveText('Stap 5 van 6');
	await expect(dashboard.getByTestId('participant-count')).toHaveText('1 van 1 aanwezig');

	// The phone leaves: after the grace period the dashboard shows it away, still listed once.
	await mobile.close();
	// (A clean close is seen at once; a vanished connection after the heartbeat, within about 20 s.)
	await expect(dashboard.getByTestId('participant-count')).toHaveText('0 van 1 aanwezig', {
		timeout: 25_000
	});

	await laptop.close();
	await phone.close();
});

test('a participant who leaves the name empty gets a generated one', async ({ browser }) => {
	const laptop = await facilitatorContext(browser);
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard);

	const phone = await phoneContext(browser);
	const mobile = await phone.newPage();
	await open(mobile, workshop.joinUrl);
	await mobile.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(mobile.getByTestId('participant-name')).toHaveText(
		/^U doet mee als \p{L}+ \p{L}+$/u
	);
	await expect(dashboard.getByTestId('participant-count')).toHaveText('1 van 1 aanwezig');

	// The same name cannot be taken twice in one workshop.
	const generated = (await mobile.getByTestId('participant-name').innerText()).replace(
		'U doet mee als ',
		''
	);
	const second = await (await phoneContext(browser)).newPage();
	await open(second, workshop.joinUrl);
	await second.getByLabel('Uw naam').fill(generated.toUpperCase());
	await second.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(second.getByRole('alert')).toContainText('Deze naam is al in gebruik');
	await expect(second.getByLabel('Uw naam')).toHaveValue(generated.toUpperCase());
	await laptop.close();
	await phone.close();
});

test('forms explain what is wrong and keep what was typed', async ({ page }) => {
	const email = await signUp(page, 'Bram');
	await page.getByRole('button', { name: 'Afmelden' }).click();
	await expect(page.getByRole('link', { name: 'Aanmelden', exact: true })).toBeVisible();

	// Duplicate account.
	await open(page, '/signup');
	await page.getByLabel('Naam').fill('Bram');
	await page.getByLabel('E-mailadres').fill(email.toUpperCase());
	await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
	await page.getByRole('button', { name: 'Account aanmaken' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Er bestaat al een account met dit e-mailadres'
	);

	// Wrong password, then the right one.
	await open(page, '/login');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill('fout wachtwoord');
	await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Het e-mailadres of het wachtwoord klopt niet'
	);
	await expect(page.getByLabel('E-mailadres')).toHaveValue(email);
	await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
	await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();

	// Workshop form with missing fields.
	await open(page, '/workshops/new');
	await page.getByLabel('Datum').fill('');
	await page.getByRole('button', { name: 'Workshop aanmaken' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Vul een titel in.');
	await expect(summary).toContainText('Vul de organisatie in.');
	await expect(summary).toContainText('Vul een geldige datum in.');
	await expect(summary).toBeFocused();
	await expectNoAxeViolations(page);
});

test('the workshop list and the pages behind sign-in', async ({ page, browser }) => {
	await open(page, '/workshops');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fworkshops$/);

	await signUp(page);
	const workshop = await createWorkshop(page, 'Algoritmeregister provincie');
	await open(page, '/workshops');
	await expect(page.getByRole('link', { name: 'Open Algoritmeregister provincie' })).toBeVisible();
	await expect(
		page.getByText(`${workshop.code.slice(0, 3)} ${workshop.code.slice(3)}`)
	).toBeVisible();

	// Another facilitator cannot open it.
	const other = await (await facilitatorContext(browser)).newPage();
	await signUp(other, 'Chantal');
	const response = await open(other, `/workshops/${workshop.id}`);
	expect(response?.status()).toBe(404);
	const beamer = await open(other, `/workshops/${workshop.id}/beamer`);
	expect(beamer?.status()).toBe(404);
});

test('unknown join codes get a friendly page, not an error', async ({ page }) => {
	const response = await open(page, '/j/ZZZ999');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Workshop niet gevonden' })).toBeVisible();
	await expect(page.getByText('Er is geen workshop met code ZZZ 999')).toBeVisible();

	await open(page, '/');
	await page.getByLabel('Deelnamecode').fill('QQQ777');
	await page.getByRole('button', { name: 'Deelnemen' }).click();
	await expect(page.getByRole('alert')).toContainText('Deze code kennen we niet');
	await expect(page.getByLabel('Deelnamecode')).toHaveValue('QQQ777');

	const notACode = await open(page, '/j/not-a-code');
	expect(notACode?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
});

test('the beamer shows the join code, the QR code and the current step in the workshop language', async ({
	browser
}) => {
	const laptop = await facilitatorContext(browser);
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	await open(dashboard, '/workshops/new');
	await dashboard.getByLabel('Titel').fill('Data-ethiek');
	await dashboard.getByLabel('Organisatie').fill('Ministerie van BZK');
	await dashboard.getByLabel('Datum').fill('2026-12-02');
	await dashboard.getByRole('radio', { name: 'English' }).check();
	await dashboard.getByRole('button', { name: 'Workshop aanmaken' }).click();
	await expect(dashboard.getByRole('heading', { level: 1, name: 'Data-ethiek' })).toBeVisible();
	const workshopId = new URL(dashboard.url()).pathname.split('/').pop();

	const beamerPromise = laptop.waitForEvent('page');
	await dashboard.getByRole('link', { name: 'Beamerweergave openen' }).click();
	const beamer = await beamerPromise;
	await expect(beamer).toHaveURL(new RegExp(`/workshops/${workshopId}/beamer$`));
	await expect(beamer.getByTestId('beamer-step-number')).toHaveText('Step 1 of 6');
	await expect(beamer.getByRole('img', { name: /QR/ })).toBeVisible();
	await expect(beamer.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');

	await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
	await expect(beamer.getByRole('heading', { level: 1 })).toHaveText('Explore the case', {
		timeout: 5000
	});
	await laptop.close();
});

test('the participant can switch the language on the phone', async ({ browser }) => {
	const phone = await phoneContext(browser);
	const mobile = await phone.newPage();
	await open(mobile, '/');
	await expect(mobile.getByRole('heading', { level: 1 })).toHaveText('Doe mee aan een workshop');
	await expect(mobile.locator('html')).toHaveAttribute('lang', 'nl');
	await mobile.getByRole('button', { name: 'English' }).tap();
	await expect(mobile.getByRole('heading', { level: 1 })).toHaveText('Join a workshop');
	await expect(mobile.locator('html')).toHaveAttribute('lang', 'en');
	await expectNoAxeViolations(mobile);
	await phone.close();
});

test('a phone in English takes part in English, up to the closed-input notice', async ({
	browser
}) => {
	const laptop = await facilitatorContext(browser);
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard, 'Algoritmeregister');

	const phone = await phoneContext(browser);
	const mobile = await phone.newPage();
	await open(mobile, workshop.joinUrl);
	await mobile.getByRole('button', { name: 'English' }).tap();
	await mobile.getByLabel('Your name').fill('Sam');
	await mobile.getByRole('button', { name: 'Join' }).tap();
	await expect(mobile).toHaveURL(new RegExp(`/j/${workshop.code}/live$`));
	await expect(mobile.getByTestId('participant-name')).toHaveText('You take part as Sam');
	await expect(mobile.getByTestId('step-number')).toHaveText('Step 1 of 6');

	await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
	await expect(mobile.getByRole('heading', { level: 1 })).toHaveText('Explore the case');
	await mobile.getByRole('radio', { name: 'Risk' }).check();
	await mobile.getByLabel('Your card').fill('Bias against some neighbourhoods');
	await mobile.getByRole('button', { name: 'Add card' }).tap();
	await expect(mobile.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await expect(
		mobile.getByRole('listitem').filter({ hasText: 'Bias against some neighbourhoods' })
	).toBeVisible();
	await expect(dashboard.getByText('Bias against some neighbourhoods')).toBeVisible();

	// The facilitator closes input: the phone says so, in English.
	await dashboard.getByRole('button', { name: 'Invoer sluiten' }).click();
	await expect(mobile.getByTestId('locked-notice')).toHaveText(
		'Input is closed. You can still follow along.'
	);
	await expectNoAxeViolations(mobile);
	await laptop.close();
	await phone.close();
});

test('wrong passwords for an account are limited per address, the owner is not locked out', async ({
	page
}) => {
	const email = uniqueEmail('geblokkeerd');
	for (let i = 0; i < 10; i++) {
		await open(page, '/login');
		await page.getByLabel('E-mailadres').fill(email);
		await page.getByLabel('Wachtwoord').fill(`poging ${i}`);
		await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText('klopt niet');
	}
	await page.getByLabel('Wachtwoord').fill('nog een poging');
	await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Te veel pogingen');
	// (The owner, from another address, still gets in: src/lib/server/sign-in.spec.ts.)
});
