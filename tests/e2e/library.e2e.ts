// An organisation loads its own catalogue and steps once: a workshop's template is downloaded,
// edited, checked with a diff, saved as the account's default, and new workshops start from it.
// A malformed file is refused and changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createWorkshop, expectNoAxeViolations, open, signUp } from '../fixtures';

test('a template goes from a workshop into the library, with a diff, and new workshops use it', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	await signUp(page);
	const workshop = await createWorkshop(page, 'Bron van het sjabloon');
	await open(page, `/workshops/${workshop.id}/actions`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Sjabloon (JSON)' }).click()
	]);
	const template = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(template.format).toBe('goed-digitaal-bestuur/template');
	template.steps[0].minutes = 20;
	template.catalogue.foundations[0].principles[0].values.push({
		key: 'menselijke-maat',
		name: { nl: 'Menselijke maat', en: 'Human scale' },
		description: { nl: 'Ruimte voor de uitzondering.', en: 'Room for the exception.' },
		named: { source: 'Officiële CODIO-tabel van de organisatie' },
		placement: { source: 'Officiële CODIO-tabel van de organisatie' }
	});
	const file = join(tmpdir(), `sjabloon-${Date.now()}.json`);
	writeFileSync(file, JSON.stringify(template));
	const broken = join(tmpdir(), `kapot-${Date.now()}.json`);
	writeFileSync(broken, '{"format": "goed-digitaal-bestuur/template", "version": 1, "method": "x"');

	await page.getByRole('link', { name: 'Bibliotheek' }).click();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByTestId('library-methods')).toContainText(
		'Van principes naar acties (CODIO): zoals geleverd'
	);
	await page.getByLabel('Sjabloonbestand (JSON)').setInputFiles(broken);
	await page.getByRole('button', { name: 'Bekijken wat er verandert' }).click();
	await expect(page.getByRole('alert')).toContainText('Dit bestand is geen JSON');
	await expect(page.getByTestId('library-preview')).toHaveCount(0);

	await page.getByLabel('Sjabloonbestand (JSON)').setInputFiles(file);
	await page.getByRole('button', { name: 'Bekijken wat er verandert' }).click();
	const changes = page.getByTestId('library-changes');
	await expect(changes).toContainText(
		'~ 1. Opening en introductie CODIO (15 min) → Opening en introductie CODIO (20 min)'
	);
	await expect(changes).toContainText('+ Menselijke maat');
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'screenshots/library.png', fullPage: true });
	await page.getByRole('button', { name: 'Als mijn standaard gebruiken' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Uw nieuwe workshops beginnen met dit sjabloon'
	);
	await expect(page.getByTestId('library-methods')).toContainText('uw eigen sjabloon');

	const next = await createWorkshop(page, 'Met het eigen sjabloon');
	await open(page, `/workshops/${next.id}`);
	await expect(page.getByRole('button', { name: /Ga naar stap 1/ })).toContainText('20 min');
	await open(page, `/workshops/${next.id}`);
	await page
		.getByRole('button', { name: 'Ga naar stap 3: Waarden en principes identificeren' })
		.click();
	await expect(page.getByTestId('step-panel')).toContainText('Menselijke maat');
});
