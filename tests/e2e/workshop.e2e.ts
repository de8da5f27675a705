import { expect, test, type Page } from '@playwright/test';
import {
	createWorkshop,
	expectNoAxeViolations,
	facilitatorContext,
	open,
	phoneContext,
	signUp
} from '../fixtures';

// One whole workshop: a facilitator's dashboard, the beamer and three phones go through all six
// steps; each screen is checked for what it shows, checked with axe, and saved as a screenshot.
test('a whole workshop runs through all six steps on dashboard, beamer and three phones', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const laptop = await facilitatorContext(browser);
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard, 'Cameratoezicht binnenstad');
	const beamer = await laptop.newPage();
	await beamer.setViewportSize({ width: 1920, height: 1080 });
	await open(beamer, `/workshops/${workshop.id}/beamer`);

	const names = ['Anne', 'Bram', 'Chantal'] as const;
	const phones: Record<(typeof names)[number], Page> = {} as never;
	for (const name of names) {
		const page = await (await phoneContext(browser)).newPage();
		await open(page, workshop.joinUrl);
		await page.getByLabel('Uw naam').fill(name);
		await page.getByRole('button', { name: 'Deelnemen' }).tap();
		await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
		phones[name] = page;
	}
	const { Anne: anne, Bram: bram, Chantal: chantal } = phones;
	await expect(dashboard.getByTestId('participant-count')).toHaveText('3 van 3 aanwezig');
	await expect(beamer.getByTestId('beamer-count')).toHaveText('3 deelnemers');

	const shoot = async (step: number) => {
		await dashboard.screenshot({
			path: `screenshots/workshop-${step}-dashboard.png`,
			fullPage: true
		});
		await beamer.screenshot({ path: `screenshots/workshop-${step}-beamer.png` });
		await anne.screenshot({ path: `screenshots/workshop-${step}-phone.png`, fullPage: true });
	};
	const next = async (step: number, title: string) => {
		await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
		for (const phone of [anne, bram, chantal, beamer]) {
			await expect(phone.getByRole('heading', { level: 1 })).toHaveText(title);
		}
		await expect(anne.getByTestId('step-number')).toHaveText(`Stap ${step} van 6`);
	};

	// Step 1: opening. Who is here, from which perspective; the CODIO model; the timer runs.
	await dashboard.getByRole('button', { name: 'Start timer' }).click();
	await expect(beamer.getByTestId('timer')).toBeVisible();
	for (const [phone, perspective, role] of [
		[anne, 'Intern (binnen de organisatie)', 'Beleidsadviseur'],
		[bram, 'Intern (binnen de organisatie)', 'Privacy officer'],
		[chantal, 'Extern (belanghebbende van buiten)', 'Bewoner']
	] as const) {
		await phone.getByLabel(perspective).check();
		await phone.getByLabel('Uw rol of functie').fill(role);
		await phone.getByRole('button', { name: 'Opslaan' }).tap();
		await expect(phone.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	}
	await expect(dashboard.getByTestId('perspectives')).toHaveText('2 intern, 1 extern');
	await expect(anne.getByRole('heading', { name: 'Rechtsstaat' })).toBeVisible();
	await expect(beamer.getByRole('heading', { name: 'Bestuurskracht' })).toBeVisible();
	await expectNoAxeViolations(anne);
	await expectNoAxeViolations(dashboard);
	await shoot(1);

	// Step 2: explore the case with cards; the facilitator merges a duplicate and hides one.
	await next(2, 'Casus verkennen');
	const addCard = async (phone: Page, kind: string, text: string) => {
		await phone.getByRole('radio', { name: kind, exact: true }).check();
		await phone.getByLabel('Uw kaart').fill(text);
		await phone.getByRole('button', { name: 'Kaart toevoegen' }).tap();
		await expect(phone.getByLabel('Uw kaart')).toHaveValue('');
	};
	await addCard(anne, 'Belanghebbende', 'Bewoners van de binnenstad');
	// At once, without a reload, the phone knows the card is its own: it may edit or withdraw it.
	await expect(
		anne.getByRole('button', { name: /^Intrekken\s*: Bewoners van de binnenstad$/ })
	).toBeVisible();
	await expect(
		bram.getByRole('button', { name: /^Intrekken\s*: Bewoners van de binnenstad$/ })
	).toHaveCount(0);
	await addCard(bram, 'Risico', 'Gezichtsherkenning zonder wettelijke grondslag');
	await addCard(bram, 'Risico', 'Geen grondslag voor gezichtsherkenning');
	await addCard(chantal, 'Dilemma', 'Veiligheid op straat tegenover privacy');
	await addCard(chantal, 'Belanghebbende', '<script>alert(1)</script>');
	await expect(anne.getByTestId('cards-risk').getByRole('listitem')).toHaveCount(2);
	await expect(beamer.getByTestId('beamer-content')).toContainText(
		'Veiligheid op straat tegenover privacy'
	);
	// Content from participants is text, never markup.
	await expect(beamer.getByTestId('beamer-content')).toContainText('<script>alert(1)</script>');

	const cardRow = (kind: string, text: string) =>
		dashboard
			.getByTestId(`moderation-${kind}`)
			.getByTestId('moderate-card')
			.filter({ has: dashboard.getByTestId('card-text').filter({ hasText: text }) });
	const risks = dashboard.getByTestId('moderation-risk');
	const duplicate = cardRow('risk', 'Geen grondslag');
	await duplicate.getByText('Bewerken').click();
	await duplicate
		.getByLabel('Samenvoegen met…')
		.selectOption({ label: 'Gezichtsherkenning zonder wettelijke grondslag' });
	await duplicate.getByRole('button', { name: 'Samenvoegen' }).click();
	await expect(risks.getByTestId('moderate-card')).toHaveCount(1);
	await expect(risks).toContainText('1 samengevoegd');
	await expect(anne.getByTestId('cards-risk').getByRole('listitem')).toHaveCount(1);
	const script = cardRow('stakeholder', '<script>');
	await script.getByRole('button', { name: 'Verbergen' }).click();
	await expect(anne.getByTestId('cards-stakeholder').getByRole('listitem')).toHaveCount(1);
	await expectNoAxeViolations(anne);
	await expectNoAxeViolations(beamer);
	await shoot(2);

	// Step 3: values. Blind dot voting within the budget, an own value, a tension, then reveal.
	await next(3, 'Waarden en principes identificeren');
	const dot = (phone: Page, value: string) =>
		phone.getByRole('button', { name: `Stip op ${value} zetten` }).tap();
	await dot(anne, 'Privacy');
	await dot(anne, 'Privacy');
	await expect(anne.getByRole('button', { name: 'Stip op Privacy zetten' })).toBeDisabled();
	await dot(anne, 'Transparantie');
	await dot(anne, 'Transparantie');
	await dot(anne, 'Veiligheid');
	await expect(anne.getByTestId('dots-left')).toContainText('Nog 0 van 5 stippen');
	await expect(anne.getByRole('button', { name: 'Stip op Uitlegbaarheid zetten' })).toBeDisabled();
	await dot(bram, 'Privacy');
	await dot(bram, 'Transparantie');
	// Adding a value and recording a tension are behind their sections, loaded when opened.
	await chantal.locator('#own-value > summary').tap();
	await chantal.getByLabel('Naam van de waarde').fill('Proportionaliteit');
	await chantal.getByLabel('Bij welk principe hoort hij?').selectOption({ label: 'Mensenrechten' });
	await chantal.getByRole('button', { name: 'Toevoegen' }).tap();
	await dot(chantal, 'Proportionaliteit');
	await dot(chantal, 'Privacy');
	await anne.locator('#tension > summary').tap();
	await anne.getByLabel('Waarde', { exact: true }).selectOption({ label: 'Transparantie' });
	await anne.getByLabel('staat op gespannen voet met').selectOption({ label: 'Privacy' });
	await anne.getByRole('button', { name: 'Spanning vastleggen' }).tap();
	await expect(dashboard.getByTestId('step-panel')).toContainText(
		'Transparantie tegenover Privacy'
	);
	// Hidden by mistake, then shown again: the room loses it and gets it back.
	const tensions = dashboard.getByTestId('tensions');
	await tensions
		.getByRole('button', { name: 'Verbergen: Transparantie tegenover Privacy' })
		.click();
	await expect(beamer.getByTestId('beamer-content')).not.toContainText('Transparantie tegenover');
	await expect(tensions).toContainText('verborgen');
	await tensions.getByRole('button', { name: 'Tonen: Transparantie tegenover Privacy' }).click();
	await expect(beamer.getByTestId('beamer-content')).toContainText(
		'Transparantie tegenover Privacy'
	);
	// Blind: phones and the beamer show no tallies yet; the facilitator sees them.
	await expect(anne.getByRole('heading', { name: 'Stemmen per waarde' })).toHaveCount(0);
	await expect(beamer.getByTestId('vote-bars')).toHaveCount(0);
	await expect(beamer.getByTestId('progress-line')).toHaveText('3 van 3 aanwezigen hebben gestemd');
	await expect(beamer.getByTestId('beamer-content')).toContainText('De stemmen blijven verborgen');
	await expect(dashboard.getByTestId('vote-bars')).toContainText('Privacy');
	await expect(dashboard.getByTestId('vote-bars').getByRole('listitem').first()).toContainText(
		'Privacy 4 stippen van 3 deelnemers'
	);
	await dashboard.getByRole('button', { name: 'Resultaten tonen' }).click();
	await expect(anne.getByTestId('vote-bars').getByRole('listitem').first()).toContainText(
		'Privacy'
	);
	await expect(beamer.getByTestId('vote-bars')).toContainText('Proportionaliteit');
	await dashboard.getByRole('checkbox', { name: 'Kies Privacy als topwaarde' }).check();
	await dashboard.getByRole('checkbox', { name: 'Kies Transparantie als topwaarde' }).check();
	await expectNoAxeViolations(anne);
	await expectNoAxeViolations(dashboard);
	await shoot(3);

	// Step 4: actions per chosen value; the facilitator edits one.
	await next(4, 'Acties formuleren');
	const propose = async (phone: Page, value: string, text: string) => {
		const section = phone.locator('section', {
			has: phone.getByRole('heading', { name: `Acties voor ${value}` })
		});
		await section.getByRole('textbox', { name: 'Uw voorstel voor een concrete actie' }).fill(text);
		await section.getByRole('button', { name: 'Actie voorstellen' }).tap();
		await expect(section.getByTestId(`actions-${value}`)).toContainText(text);
	};
	await propose(anne, 'Privacy', 'DPIA laten uitvoeren voor de camera’s');
	await propose(bram, 'Privacy', 'Beelden na 28 dagen automatisch wissen');
	await propose(chantal, 'Transparantie', 'Cameralocaties publiceren op de website');
	const moderated = cardRow('action', '28 dagen');
	await moderated.getByText('Bewerken').click();
	await moderated.getByLabel('Tekst').fill('Beelden na 28 dagen automatisch wissen (AVG)');
	await moderated.getByRole('button', { name: 'Opslaan' }).click();
	await expect(anne.getByTestId('actions-Privacy')).toContainText('(AVG)');
	await expect(beamer.getByTestId('beamer-content')).toContainText('Cameralocaties publiceren');
	await expectNoAxeViolations(anne);
	await shoot(4);

	// Step 5: every phone rates every action; the matrix appears once revealed; pick two.
	await next(5, 'Acties ordenen op noodzaak en belang');
	const scores: Record<string, [number, number][]> = {
		Anne: [
			[5, 5],
			[4, 3],
			[2, 4]
		],
		Bram: [
			[5, 4],
			[5, 4],
			[3, 3]
		],
		Chantal: [
			[4, 5],
			[2, 2],
			[5, 5]
		]
	};
	for (const name of names) {
		const phone = phones[name];
		for (const [index, [necessity, importance]] of scores[name]!.entries()) {
			const card = phone.getByTestId(`rate-${index + 1}`);
			await card.getByRole('group', { name: 'Noodzaak' }).getByLabel(String(necessity)).check();
			await card.getByRole('group', { name: 'Belang' }).getByLabel(String(importance)).check();
		}
		await expect(phone.getByTestId('rating-progress')).toContainText('3 van 3 beoordeeld');
	}
	await expect(beamer.getByTestId('progress-line')).toHaveText(
		'3 van 3 aanwezigen hebben beoordeeld'
	);
	await dashboard.getByRole('button', { name: 'Resultaten tonen' }).click();
	const matrix = beamer.getByTestId('matrix');
	await expect(matrix.locator('circle')).toHaveCount(3);
	const top = beamer.getByTestId('matrix-list').getByRole('listitem').first();
	await expect(top).toContainText('DPIA laten uitvoeren');
	await expect(top).toContainText('Noodzaak 4,7 (± 0,5)');
	await expect(top).toContainText('3 beoordelingen');
	await dashboard.getByRole('checkbox', { name: /Kies DPIA laten uitvoeren/ }).check();
	await dashboard.getByRole('checkbox', { name: /Kies Cameralocaties publiceren/ }).check();
	await expectNoAxeViolations(beamer);
	await expectNoAxeViolations(anne);
	await shoot(5);

	// Step 6: commitments, a volunteer becomes owner, reflection and a closing note; then lock.
	await next(6, 'Afspraken, reflectie en vervolg');
	await expect(anne.getByTestId('phone-commitments').getByRole('listitem')).toHaveCount(2);
	await anne
		.getByTestId('phone-commitments')
		.getByRole('listitem')
		.first()
		.getByRole('button', { name: 'Ik pak dit op' })
		.tap();
	await expect(dashboard.getByTestId('commitments-table')).toContainText('Vrijwilligers: Anne');
	await dashboard.getByRole('button', { name: 'Anne eigenaar maken' }).click();
	const firstRow = dashboard.getByTestId('commitments-table').getByRole('row').nth(1);
	await expect(firstRow.getByLabel('Eigenaar')).toHaveValue('Anne');
	await firstRow.getByLabel('Uiterlijk').fill('2027-03-01');
	await firstRow.getByLabel('Uiterlijk').blur();
	await firstRow.getByLabel('Status').selectOption('Op schema');
	await expect(beamer.getByTestId('beamer-commitments')).toContainText('Anne');
	await expect(beamer.getByTestId('beamer-commitments')).toContainText('1 maart 2027');
	await expect(beamer.getByTestId('beamer-commitments')).toContainText('Op schema');
	for (const phone of [anne, bram]) {
		await phone.getByRole('group', { name: 'Score voor Mensenrechten' }).getByLabel('2').check();
	}
	await anne.getByLabel('Toelichting bij Mensenrechten (optioneel)').fill('Nog geen DPIA-cultuur');
	await anne.getByLabel('Toelichting bij Mensenrechten (optioneel)').blur();
	await bram
		.getByLabel('Wat neemt u mee uit deze workshop?')
		.fill('Privacy vraagt om eigenaarschap.');
	await bram.getByRole('button', { name: 'Opslaan' }).tap();
	await expect(dashboard.getByTestId('reflections')).toContainText(
		'Mensenrechten: gemiddeld 2,0 van 5 (2 antwoorden)'
	);
	await expect(dashboard.getByTestId('reflections')).toContainText('Nog geen DPIA-cultuur');
	await expect(dashboard.getByTestId('step-panel')).toContainText(
		'Bram: Privacy vraagt om eigenaarschap.'
	);
	await dashboard.getByRole('button', { name: 'Invoer sluiten' }).click();
	await expect(chantal.getByTestId('locked-notice')).toBeVisible();
	await expect(chantal.getByRole('button', { name: 'Ik pak dit op' }).first()).toBeDisabled();
	await expectNoAxeViolations(anne);
	await expectNoAxeViolations(dashboard);
	await shoot(6);

	// Going back keeps everything: step 3 still has its votes and chosen values.
	await dashboard
		.getByRole('button', { name: 'Ga naar stap 3: Waarden en principes identificeren' })
		.click();
	await expect(anne.getByTestId('dots-left')).toContainText('Nog 0 van 5 stippen');
	await expect(beamer.getByTestId('vote-bars').getByRole('listitem').first()).toContainText(
		'Privacy ✓'
	);
	// A phone that reloads comes back as the same person with its own inputs.
	await bram.reload();
	await bram.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(bram.getByTestId('participant-name')).toHaveText('U doet mee als Bram');
	await expect(bram.getByTestId('dots-left')).toContainText('Nog 3 van 5 stippen');
	await dashboard
		.getByRole('button', { name: 'Ga naar stap 6: Afspraken, reflectie en vervolg' })
		.click();
	await expect(anne.getByTestId('phone-commitments')).toContainText('Anne');
	await expect(dashboard.getByTestId('participant-count')).toHaveText('3 van 3 aanwezig');
	await laptop.close();
});
