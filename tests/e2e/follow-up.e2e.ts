// A follow-up session, weeks later: planned from a workshop's action list, it carries the open
// commitments; a facilitator, the beamer and three phones go through every step: check-in, the
// status round (the beamer's status board follows live), obstacles and help, and adjusting with a
// reflection the beamer sets beside the first workshop's.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open, phoneContext } from '../fixtures';
import { seedRoom } from '../seed';

const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

test('a follow-up session carries the open commitments through every step on all screens', async ({
	page: dashboard,
	browser
}) => {
	test.setTimeout(180_000);
	await dashboard.setViewportSize({ width: 1280, height: 800 });
	const room = await seedRoom(dashboard, { people: 3, cardsPerKind: 1 });
	// Seven of the ten commitments are done: three stay open and go along.
	const { commitments } = (
		(await room.dashboard.emitWithAck('state:sync', {})) as {
			data: { state: { commitments: { id: string; text: string }[] } };
		}
	).data.state;
	for (const commitment of commitments.slice(3)) {
		await room.send(room.dashboard, 'commitment:update', { id: commitment.id, status: 'done' });
	}
	// The first workshop showed its reflection to the room: the follow-up may set it beside its own.
	await room.send(room.dashboard, 'step:flags', { step: 6, revealed: true });
	const open3 = commitments.slice(0, 3).map((c) => c.text);
	room.close();

	await open(dashboard, `/workshops/${room.workshop.id}/actions`);
	// The commitments are what the page is for: the first starts above the fold at 1280×800.
	const first = await dashboard.getByTestId('commitment').first().boundingBox();
	expect(first!.y).toBeLessThan(800 - 100);
	await expect(
		dashboard.getByText('Een vervolgsessie neemt alle open afspraken mee (nu 3)')
	).toBeVisible();
	await dashboard.getByLabel('Titel').fill('Cameratoezicht – vervolg na drie maanden');
	await dashboard.getByLabel('Datum').fill('2027-03-01');
	await dashboard.getByRole('button', { name: 'Vervolgsessie plannen' }).click();
	await expect(
		dashboard.getByRole('heading', { level: 1, name: 'Cameratoezicht – vervolg na drie maanden' })
	).toBeVisible();
	await dashboard.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const followUpId = new URL(dashboard.url()).pathname.split('/').pop()!;
	const joinUrl = (await dashboard.getByTestId('join-link').innerText()).trim();

	const beamer = await dashboard.context().newPage();
	await beamer.setViewportSize({ width: 1920, height: 1080 });
	await open(beamer, `/workshops/${followUpId}/beamer`);
	const names = ['Anne', 'Bram', 'Chantal'];
	const phones: Page[] = [];
	for (const name of names) {
		const phone = await (await phoneContext(browser)).newPage();
		await open(phone, joinUrl);
		await phone.getByLabel('Uw naam').fill(name);
		await phone.getByRole('button', { name: 'Deelnemen' }).tap();
		await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
		phones.push(phone);
	}
	const [anne, bram, chantal] = phones as [Page, Page, Page];
	const shoot = async (step: number) => {
		await dashboard.screenshot({
			path: `screenshots/follow-up-${step}-dashboard.png`,
			fullPage: true
		});
		await beamer.screenshot({ path: `screenshots/follow-up-${step}-beamer.png` });
		await anne.screenshot({ path: `screenshots/follow-up-${step}-phone.png`, fullPage: true });
	};
	// Every size the room uses: no screen scrolls sideways, and each gets a screenshot.
	const sizes = async (step: number) => {
		for (const [width, height] of [
			[1280, 720],
			[1920, 1080]
		] as const) {
			await beamer.setViewportSize({ width, height });
			expect(await sideways(beamer), `beamer ${width}×${height}, step ${step}`).toBe(false);
			await beamer.screenshot({ path: `screenshots/follow-up-${step}-beamer-${width}.png` });
		}
		await anne.setViewportSize({ width: 360, height: 800 });
		expect(await sideways(anne), `phone 360, step ${step}`).toBe(false);
		await anne.screenshot({ path: `screenshots/follow-up-${step}-phone-360.png`, fullPage: true });
		await anne.setViewportSize({ width: 412, height: 915 });
		expect(await sideways(dashboard), `dashboard, step ${step}`).toBe(false);
	};
	const next = async (step: number, title: string) => {
		await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
		for (const screen of [...phones, beamer]) {
			await expect(screen.getByRole('heading', { level: 1 })).toHaveText(title);
		}
		await expect(anne.getByTestId('step-number')).toHaveText(`Stap ${step} van 6`);
	};

	// 1. Check-in.
	await expect(anne.getByRole('heading', { level: 1 })).toHaveText('Check-in');
	await anne.getByLabel('Intern (binnen de organisatie)').check();
	await anne.getByLabel('Uw rol of functie').fill('Beleidsadviseur');
	await anne.getByRole('button', { name: 'Opslaan' }).tap();
	await expect(dashboard.getByTestId('perspectives')).toHaveText('1 intern, 0 extern');
	await shoot(1);

	// 2. The status round: the carried commitments, reported from the phones, live on the board.
	await next(2, 'Stand van zaken');
	await expect(anne.getByTestId('status-report')).toHaveCount(3);
	await expect(beamer.getByTestId('status-board').getByRole('listitem')).toHaveCount(3);
	for (const text of open3) await expect(beamer.getByTestId('status-board')).toContainText(text);
	const report = async (phone: Page, index: number, status: string, note: string) => {
		const form = phone.getByTestId('status-report').nth(index);
		await form.getByLabel(status, { exact: true }).check();
		await form.getByLabel('Korte toelichting').fill(note);
		await form.getByRole('button', { name: 'Stand doorgeven' }).tap();
		await expect(form.getByRole('status')).toContainText('Opgeslagen');
	};
	await report(anne, 0, 'Klaar', 'Afgerond in januari');
	await report(bram, 1, 'Geblokkeerd', 'Wacht op de leverancier');
	await report(chantal, 2, 'Vertraagd', 'Capaciteit ontbreekt');
	await expect(beamer.getByTestId('status-counts')).toHaveText(
		/Vertraagd: 1\s*Geblokkeerd: 1\s*Klaar: 1/
	);
	await expect(beamer.getByTestId('status-board')).toContainText('Wacht op de leverancier');
	// Every phone's form follows the room's latest report until its own person changes it.
	const anneSecond = anne.getByTestId('status-report').nth(1);
	await expect(anneSecond.getByLabel('Geblokkeerd', { exact: true })).toBeChecked();
	await expect(anneSecond.getByLabel('Korte toelichting')).toHaveValue('Wacht op de leverancier');
	await expect(dashboard.getByTestId('status-board')).toContainText('Geblokkeerd');
	await expectNoAxeViolations(anne);
	await expectNoAxeViolations(beamer);
	await expectNoAxeViolations(dashboard);
	await shoot(2);
	await sizes(2);

	// 3. Obstacles and help, as cards.
	await next(3, 'Obstakels en hulp');
	await bram.getByRole('radio', { name: 'Obstakel', exact: true }).check();
	await bram.getByLabel('Uw kaart').fill('Contract met de leverancier loopt nog');
	await bram.getByRole('button', { name: 'Kaart toevoegen' }).tap();
	await chantal.getByRole('radio', { name: 'Hulp', exact: true }).check();
	await chantal.getByLabel('Uw kaart').fill('Inkoop kan meedenken over het contract');
	await chantal.getByRole('button', { name: 'Kaart toevoegen' }).tap();
	await expect(beamer.getByTestId('beamer-cards-obstacle')).toContainText(
		'Contract met de leverancier'
	);
	await expect(beamer.getByTestId('beamer-cards-help')).toContainText('Inkoop kan meedenken');
	await expectNoAxeViolations(chantal);
	await shoot(3);
	await sizes(3);

	// 4. Adjust: a new owner and date, a commitment closed, a new one added; the beamer follows.
	await next(4, 'Bijstellen');
	const table = dashboard.getByTestId('commitments-table');
	const delayed = table.getByRole('row').filter({ hasText: open3[2]! });
	await delayed.getByLabel('Eigenaar').fill('Chantal');
	await delayed.getByLabel('Eigenaar').blur();
	await delayed.getByLabel('Uiterlijk').fill('2027-06-01');
	await delayed.getByLabel('Uiterlijk').blur();
	await table
		.getByRole('row')
		.filter({ hasText: open3[1]! })
		.getByLabel('Status')
		.selectOption('Vervallen');
	await dashboard.getByText('Afspraak toevoegen').click();
	await dashboard
		.getByLabel('Uw voorstel voor een concrete actie')
		.fill('Contract heronderhandelen met inkoop');
	await dashboard.getByRole('button', { name: 'Toevoegen' }).click();
	const board = beamer.getByTestId('beamer-commitments');
	await expect(board).toContainText('Contract heronderhandelen met inkoop');
	await expect(board).toContainText('1 juni 2027');
	await expect(board).toContainText('Vervallen');
	await expect(anne.getByTestId('phone-commitments').getByRole('listitem')).toHaveCount(4);
	// Nothing to take on in a dropped commitment, nor in one's own; the rest can be taken on.
	const offers = (phone: Page, text: string) =>
		phone
			.getByTestId('phone-commitments')
			.getByRole('listitem')
			.filter({ hasText: text })
			.getByRole('button', { name: 'Ik pak dit op' });
	await expect(offers(anne, open3[1]!)).toHaveCount(0);
	await expect(offers(chantal, open3[2]!)).toHaveCount(0);
	await expect(offers(anne, open3[2]!)).toHaveCount(1);
	await expect(offers(chantal, 'Contract heronderhandelen')).toHaveCount(1);
	await expectNoAxeViolations(dashboard);
	await shoot(4);

	// 5. Reflection, blind until shown, then set beside the first workshop's.
	await next(5, 'Reflectie per principe');
	for (const phone of phones) {
		await phone.getByRole('group', { name: 'Score voor Mensenrechten' }).getByLabel('5').check();
	}
	await expect(beamer.getByTestId('progress-line')).toHaveText(
		'3 van 3 aanwezigen hebben gereflecteerd'
	);
	await expect(beamer.getByTestId('reflection-comparison')).toHaveCount(0);
	await dashboard.getByRole('button', { name: 'Resultaten tonen' }).click();
	const comparison = beamer.getByTestId('reflection-comparison');
	await expect(comparison).toBeVisible();
	const human = comparison.getByRole('listitem').filter({ hasText: 'Mensenrechten' });
	await expect(human).toContainText('Cameratoezicht in de binnenstad (1 december 2026)');
	await expect(human.getByRole('definition').last()).toHaveText('5,0');
	const before = Number(
		(await human.getByRole('definition').first().innerText()).replace(',', '.')
	);
	const delta = (5 - before).toFixed(1).replace('.', ',');
	await expect(human).toContainText(`Verschil: +${delta}`);
	await expect(dashboard.getByTestId('reflection-comparison')).toBeVisible();
	// Every bar is its value's share of the scale (0–5), so 3,7 and 4,3 never look the same.
	for (const screen of [beamer, dashboard]) {
		const bars = await screen.getByTestId('reflection-comparison').evaluate((list) =>
			[...list.querySelectorAll<HTMLElement>('.bar')].map((bar) => ({
				value: Number(bar.dataset.value),
				width: bar.getBoundingClientRect().width,
				scale: bar.parentElement!.getBoundingClientRect().width
			}))
		);
		expect(bars.length).toBeGreaterThanOrEqual(2);
		const scale = bars[0]!.scale;
		for (const bar of bars) {
			expect(bar.scale).toBeCloseTo(scale, 0);
			expect(bar.width).toBeCloseTo((bar.value / 5) * scale, 0);
		}
	}
	await expectNoAxeViolations(beamer);
	await shoot(5);
	await sizes(5);

	// 6. Close: a closing note, shared on the beamer without a name.
	await next(6, 'Afsluiting');
	await bram.getByLabel('Wat neemt u mee uit deze workshop?').fill('Het contract eerder oppakken.');
	await bram.getByRole('button', { name: 'Opslaan' }).tap();
	await expect(dashboard.getByTestId('step-panel')).toContainText(
		'Bram: Het contract eerder oppakken.'
	);
	await dashboard.getByLabel('Slotnotities (zonder namen) op de beamer tonen').check();
	await expect(beamer.getByTestId('beamer-content')).toContainText('Het contract eerder oppakken.');
	await expect(beamer.getByTestId('beamer-content')).not.toContainText('Bram');
	await expectNoAxeViolations(bram);
	await shoot(6);

	// The original workshop's list shows its follow-up; the register lists each commitment once.
	await open(dashboard, `/workshops/${room.workshop.id}/actions`);
	await expect(dashboard.getByTestId('follow-ups')).toContainText(
		'Cameratoezicht – vervolg na drie maanden'
	);
	// The three it carried are history there, read-only, and say where they went.
	await expect(dashboard.getByTestId('carried')).toHaveCount(3);
	await expect(dashboard.getByTestId('carried').first()).toContainText('Loopt door in');
	await expect(dashboard.locator('form[action="?/followUp"]')).toHaveCount(0);
	await dashboard.screenshot({ path: 'screenshots/follow-up-source-list.png', fullPage: true });
	await open(dashboard, '/register');
	await expect(dashboard.getByTestId('register-count')).toContainText('11 van 11 afspraken');
});
