import { expect, test } from '@playwright/test';
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
