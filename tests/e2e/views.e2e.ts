import { expect, test } from '@playwright/test';
import {
	createWorkshop,
	expectNoAxeViolations,
	facilitatorContext,
	open,
	phoneContext,
	signUp
} from '../fixtures';

// Every view passes axe (WCAG 2.2 AA rules) and is saved as a screenshot under screenshots/ to look at.
test('every view is accessible and gets a screenshot', async ({ browser }) => {
	// Some twenty views, each through axe: about 25 s on a quiet machine.
	test.setTimeout(90_000);
	const laptop = await facilitatorContext(browser);
	const phone = await phoneContext(browser);
	const page = await laptop.newPage();
	const mobile = await phone.newPage();
	const shoot = (p: typeof page, name: string) =>
		p.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

	await open(mobile, '/');
	await expectNoAxeViolations(mobile);
	await shoot(mobile, 'phone-home');

	await open(page, '/signup');
	await expectNoAxeViolations(page);
	await shoot(page, 'signup');
	await signUp(page);
	await expectNoAxeViolations(page);
	await shoot(page, 'workshops-empty');
	await open(page, '/workshops/new');
	await expectNoAxeViolations(page);
	await shoot(page, 'workshop-new');
	const workshop = await createWorkshop(page);
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
	await expectNoAxeViolations(page);
	await shoot(page, 'dashboard-empty');

	await open(mobile, workshop.joinUrl);
	await expectNoAxeViolations(mobile);
	await shoot(mobile, 'phone-join');
	await mobile.getByLabel('Uw naam').fill('Zoë');
	await mobile.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(mobile.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
	await expectNoAxeViolations(mobile);
	await shoot(mobile, 'phone-step-1');

	await expect(page.getByTestId('participants')).toContainText('Zoë');
	await page.getByRole('button', { name: 'Volgende stap' }).click();
	await expect(mobile.getByTestId('step-number')).toHaveText('Stap 2 van 6');
	await expectNoAxeViolations(page);
	await shoot(page, 'dashboard-step-2');
	await shoot(mobile, 'phone-step-2');

	const beamer = await laptop.newPage();
	await beamer.setViewportSize({ width: 1920, height: 1080 });
	await open(beamer, `/workshops/${workshop.id}/beamer`);
	await expect(beamer.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
	await expectNoAxeViolations(beamer);
	await shoot(beamer, 'beamer-step-2');

	await open(mobile, '/j/ZZZ999');
	await expectNoAxeViolations(mobile);
	await shoot(mobile, 'phone-unknown-code');

	await laptop.close();
	await phone.close();
});
