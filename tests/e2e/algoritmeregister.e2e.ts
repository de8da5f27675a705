// The Algoritmeregister's three fields, drafted from a workshop: a live count against the
// standard's 2,500 characters, edited, downloaded as JSON and as text; too long is refused.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from '../fixtures';
import { seedRoom } from '../seed';

test('the Algoritmeregister text is drafted, counted, edited and downloaded; too long is refused', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	const room = await seedRoom(page, { people: 4, cardsPerKind: 1 });
	room.close();
	await open(page, `/workshops/${room.workshop.id}/actions`);
	const first = page.getByTestId('commitment').first();
	await first
		.getByLabel('Maatregel uit het Algoritmekader (optioneel)')
		.fill('urn:nl:ak:mtr:pba-04');
	await first.getByRole('button', { name: 'Opslaan' }).click();
	await expect(first.getByTestId('history')).toContainText('urn:nl:ak:mtr:pba-04');
	await page.getByRole('link', { name: 'Algoritmeregister' }).click();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

	const afwegingen = page.getByLabel('Afwegingen');
	await expect(afwegingen).toHaveValue(/Gekozen waarden:/);
	await expect(page.getByLabel('Risicobeheer')).toHaveValue(/urn:nl:ak:mtr:pba-04/);
	const count = page.getByTestId('proportionality-count');
	const length = (await afwegingen.inputValue()).trim().length;
	await expect(count).toHaveText(`${length.toLocaleString('nl-NL')} van 2.500 tekens`);
	await afwegingen.fill(
		'Wij wogen privacy tegen veiligheid.\nDe inzet is beperkt tot evenementen.'
	);
	await expect(count).toHaveText('72 van 2.500 tekens');
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'screenshots/algoritmeregister.png', fullPage: true });

	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download als JSON' }).click()
	]);
	const fields = JSON.parse(readFileSync((await json.path())!, 'utf8'));
	expect(fields.proportionality).toBe(
		'Wij wogen privacy tegen veiligheid.\nDe inzet is beperkt tot evenementen.'
	);
	expect(fields.risks).toContain('urn:nl:ak:mtr:pba-04');
	expect(fields.impacttoetsen_grouping[0].title).toBe(
		'CODIO-workshop “Van principes naar acties” (1 december 2026)'
	);
	const link: string = fields.impacttoetsen_grouping[0].link;
	const [text] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download als tekst' }).click()
	]);
	expect(readFileSync((await text.path())!, 'utf8')).toMatch(/^Afwegingen\n\nWij wogen/);

	// The link in the text is the verification page, and it vouches for the workshop as it is.
	await open(page, new URL(link).pathname + new URL(link).search);
	await expect(page.getByTestId('verify-issuer')).toContainText('Anne de Vries');
	await expect(page.getByTestId('verify-result')).toContainText('sindsdien niet gewijzigd');

	// Over the limit (a browser that ignores the counter): refused with a clear message.
	const refused = await page.request.post(
		`/workshops/${room.workshop.id}/algoritmeregister/download`,
		{
			form: {
				format: 'json',
				proportionality: 'x'.repeat(2501),
				risks: 'ok',
				impacttoetsTitle: 'CODIO',
				impacttoetsLink: link
			},
			headers: { origin: new URL(link).origin }
		}
	);
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('Afwegingen is langer dan 2.500 tekens');
});
