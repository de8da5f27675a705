import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkshop, facilitatorContext, open, signUp, tabTo } from '../fixtures';

// A participant who uses no mouse and no touch: joins, adds a card and places a dot with the
// keyboard alone (Tab, arrow keys, Enter, Space).
test('a participant joins, adds a card and places a dot with the keyboard only', async ({
	browser
}) => {
	const laptop = await facilitatorContext(browser);
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard, 'Toetsenbord');

	const device = await browser.newContext({ viewport: { width: 1024, height: 768 } });
	const page = await device.newPage();
	await open(page, workshop.joinUrl);
	await tabTo(page, page.getByLabel('Uw naam'));
	await page.keyboard.type('Karel');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('participant-name')).toHaveText('U doet mee als Karel');
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');

	// Step 2: choose "Risico" with the arrow keys, write, and send with Enter on the button.
	await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casus verkennen');
	await tabTo(page, page.getByRole('radio', { name: 'Belanghebbende', exact: true }));
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Risico', exact: true })).toBeChecked();
	await tabTo(page, page.getByLabel('Uw kaart'));
	await page.keyboard.type('Beelden worden te lang bewaard');
	await tabTo(page, page.getByRole('button', { name: 'Kaart toevoegen' }));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('cards-risk')).toContainText('Beelden worden te lang bewaard');

	// Step 3: a dot on Privacy with Space.
	await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Waarden en principes identificeren'
	);
	await tabTo(page, page.getByRole('button', { name: 'Stip op Privacy zetten' }), { max: 120 });
	await page.keyboard.press('Space');
	await expect(page.getByTestId('dots-left')).toContainText('Nog 4 van 5 stippen');
	await expect(page.getByTestId('value-Privacy')).toHaveClass(/value--voted/);
	await device.close();
	await laptop.close();
});

// No mouse anywhere: the facilitator runs all six steps, reveals results and downloads the PDF;
// a participant takes part in every step on the phone, each with the keyboard alone.
test('facilitator and participant go through all six steps with the keyboard only', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const laptop = await facilitatorContext(browser);
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard, 'Toetsenbord van begin tot eind');
	await dashboard.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const phone = await (
		await browser.newContext({ viewport: { width: 412, height: 900 } })
	).newPage();
	await open(phone, workshop.joinUrl);
	await tabTo(phone, phone.getByLabel('Uw naam'));
	await phone.keyboard.type('Karel');
	await phone.keyboard.press('Enter');
	await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');

	const press = async (page: Page, target: Locator, key = 'Enter', max = 120) => {
		await tabTo(page, target, { max });
		await page.keyboard.press(key);
	};
	const nextStep = async (title: string) => {
		await press(dashboard, dashboard.getByRole('button', { name: 'Volgende stap' }));
		await expect(phone.getByRole('heading', { level: 1 })).toHaveText(title);
	};

	// 1. Perspective and role.
	await press(phone, phone.getByLabel('Intern (binnen de organisatie)'), 'Space');
	await tabTo(phone, phone.getByLabel('Uw rol of functie'));
	await phone.keyboard.type('Beleidsadviseur');
	await press(phone, phone.getByRole('button', { name: 'Opslaan' }));
	await expect(dashboard.getByTestId('perspectives')).toHaveText('1 intern, 0 extern');

	// 2. A card.
	await nextStep('Casus verkennen');
	await tabTo(phone, phone.getByLabel('Uw kaart'));
	await phone.keyboard.type('Beelden worden te lang bewaard');
	await press(phone, phone.getByRole('button', { name: 'Kaart toevoegen' }));
	await expect(dashboard.getByTestId('step-panel')).toContainText('Beelden worden te lang bewaard');

	// 3. A dot; the facilitator reveals and chooses the value.
	await nextStep('Waarden en principes identificeren');
	await press(phone, phone.getByRole('button', { name: 'Stip op Privacy zetten' }), 'Space', 160);
	await expect(phone.getByTestId('dots-left')).toContainText('Nog 4 van 5 stippen');
	await press(dashboard, dashboard.getByRole('button', { name: 'Resultaten tonen' }));
	await expect(phone.getByTestId('vote-bars')).toContainText('Privacy');
	await press(
		dashboard,
		dashboard.getByRole('checkbox', { name: 'Kies Privacy als topwaarde' }),
		'Space',
		200
	);
	await expect(
		dashboard.getByRole('checkbox', { name: 'Kies Privacy als topwaarde' })
	).toBeChecked();

	// 4. An action for the chosen value.
	await nextStep('Acties formuleren');
	await tabTo(phone, phone.getByRole('textbox', { name: 'Uw voorstel voor een concrete actie' }));
	await phone.keyboard.type('DPIA laten uitvoeren');
	await press(phone, phone.getByRole('button', { name: 'Actie voorstellen' }));
	await expect(phone.getByTestId('actions-Privacy')).toContainText('DPIA laten uitvoeren');

	// 5. Rate it with the arrow keys; reveal; the facilitator commits to it.
	await nextStep('Acties ordenen op noodzaak en belang');
	const card = phone.getByTestId('rate-1');
	await press(phone, card.getByRole('group', { name: 'Noodzaak' }).getByLabel('1'), 'ArrowRight');
	await expect(card.getByRole('group', { name: 'Noodzaak' }).getByLabel('2')).toBeChecked();
	// Arrow keys wrap around a radio group: left from 1 is 5.
	await press(phone, card.getByRole('group', { name: 'Belang' }).getByLabel('1'), 'ArrowLeft');
	await expect(card.getByRole('group', { name: 'Belang' }).getByLabel('5')).toBeChecked();
	await press(dashboard, dashboard.getByRole('button', { name: 'Resultaten tonen' }));
	await press(
		dashboard,
		dashboard.getByRole('checkbox', { name: /Kies DPIA laten uitvoeren/ }),
		'Space',
		200
	);
	await expect(
		dashboard.getByRole('checkbox', { name: /Kies DPIA laten uitvoeren/ })
	).toBeChecked();

	// 6. Volunteer, reflect, a closing note.
	await nextStep('Afspraken, reflectie en vervolg');
	await press(phone, phone.getByRole('button', { name: 'Ik pak dit op' }));
	await expect(dashboard.getByTestId('commitments-table')).toContainText('Vrijwilligers: Karel');
	const score = phone.getByRole('group', { name: 'Score voor Mensenrechten' });
	await press(phone, score.getByLabel('1'), 'ArrowRight', 160);
	await expect(score.getByLabel('2')).toBeChecked();
	await tabTo(phone, phone.getByLabel('Wat neemt u mee uit deze workshop?'), { max: 160 });
	await phone.keyboard.type('Eigenaarschap beleggen.');
	await press(phone, phone.getByRole('button', { name: 'Opslaan' }).last());
	await expect(dashboard.getByTestId('step-panel')).toContainText('Karel: Eigenaarschap beleggen.');
	await press(dashboard, dashboard.getByRole('button', { name: 'Resultaten tonen' }));
	await expect(phone.getByTestId('phone-results')).toBeVisible();

	// The PDF, from the action list, with the keyboard.
	await press(
		dashboard,
		dashboard.getByRole('link', { name: 'Actielijst en downloads' }),
		'Enter',
		60
	);
	await dashboard.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await tabTo(dashboard, dashboard.getByRole('button', { name: 'PDF (A4)' }));
	const [pdf] = await Promise.all([
		dashboard.waitForEvent('download'),
		dashboard.keyboard.press('Enter')
	]);
	expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
	await laptop.close();
});
