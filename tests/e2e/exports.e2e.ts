import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { createWorkshop, expectNoAxeViolations, open, signUp } from '../fixtures';
import { dutchText } from '../seed';

test('the action list is edited after the workshop, exported, verified and imported again', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await signUp(page);
	const workshop = await createWorkshop(page, 'Algoritmeregister provincie');

	// The facilitator adds two actions in step 4 and chooses both in step 5.
	await page.getByRole('button', { name: 'Ga naar stap 4: Acties formuleren' }).click();
	await page.getByText('Actie toevoegen').click();
	for (const text of ['Algoritmeregister publiceren op de website', '=SUM(A1) controleren']) {
		await page.getByLabel('Uw voorstel voor een concrete actie').fill(text);
		await page.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(page.getByTestId('moderation-action')).toContainText(text);
	}
	await page
		.getByRole('button', { name: 'Ga naar stap 5: Acties ordenen op noodzaak en belang' })
		.click();
	await page.getByRole('checkbox', { name: /Kies Algoritmeregister publiceren/ }).check();
	await page.getByRole('checkbox', { name: /Kies =SUM\(A1\)/ }).check();
	await expect(page.getByRole('checkbox', { name: /Kies =SUM\(A1\)/ })).toBeChecked();

	// The room's screen shows the commitments (step 6) while the list is edited elsewhere.
	await page
		.getByRole('button', { name: 'Ga naar stap 6: Afspraken, reflectie en vervolg' })
		.click();
	const beamer = await page.context().newPage();
	await open(beamer, `/workshops/${workshop.id}/beamer`);
	await expect(beamer.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
	await expect(beamer.getByTestId('beamer-commitments')).toContainText('=SUM(A1) controleren');

	await page.getByRole('link', { name: 'Actielijst en downloads' }).click();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByTestId('action-count')).toContainText('2 van 2 afspraken');
	const first = page
		.getByTestId('action-list')
		.getByRole('listitem')
		.filter({ hasText: 'Algoritmeregister publiceren' })
		.first();
	await first.getByLabel('Eigenaar', { exact: true }).fill('Zoë de Bruĳn');
	await first.getByLabel('Uiterlijk').fill('2027-02-01');
	await first.getByLabel('Status').selectOption('Op schema');
	const saved = Date.now();
	await first.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByTestId('action-count')).toContainText('Afspraak bijgewerkt');
	// The same command as on the dashboard, published: the open beamer shows it without a reload.
	const row = beamer.getByTestId('beamer-commitments').getByRole('listitem').filter({
		hasText: 'Algoritmeregister publiceren'
	});
	await expect(row).toContainText('Zoë de Bruĳn');
	await expect(row).toContainText('1 februari 2027');
	expect(Date.now() - saved).toBeLessThan(1000);
	await first.getByText('Wijzigingen (3)').click();
	await expect(first.getByTestId('history')).toContainText(
		'wijzigde status van “Open” naar “Op schema”'
	);
	await expect(first.getByTestId('history')).toContainText(
		'wijzigde eigenaar van “–” naar “Zoë de Bruĳn”'
	);
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'screenshots/action-list.png', fullPage: true });

	// Filter and sort go in the URL, so a filtered list can be bookmarked.
	await page.getByLabel('Status', { exact: true }).first().selectOption('Op schema');
	await page.getByRole('button', { name: 'Toepassen' }).click();
	await expect(page).toHaveURL(/status=on_track/);
	await expect(page.getByTestId('action-count')).toContainText('1 van 2 afspraken');

	// The PDF, read back.
	await page.getByLabel('Namen van deelnemers in de PDF').check();
	const pdfDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'PDF (A4)' }).click();
	const pdfPath = testInfo.outputPath('actielijst.pdf');
	await (await pdfDownload).saveAs(pdfPath);
	const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
	expect(pdfText).toContain('Algoritmeregister provincie');
	expect(pdfText).toContain('Zoë de Bruĳn');
	expect(pdfText).toContain('=SUM(A1) controleren');
	const fingerprint = /Vingerafdruk \(SHA-256\): ([0-9a-f]{64})/.exec(pdfText)![1]!;

	// Anyone can check the fingerprint.
	await open(page, '/verify');
	await page.getByLabel('Vingerafdruk').fill(fingerprint.toUpperCase());
	await page.getByRole('button', { name: 'Controleren' }).click();
	await expect(page.getByTestId('verify-result')).toContainText(
		'Uitgegeven door deze app voor “Algoritmeregister provincie”'
	);
	// Who issued it: the account's name and the domain of its address, never the address.
	await expect(page.getByTestId('verify-issuer')).toContainText(
		'Anne de Vries, met een account bij gemeente.nl sinds'
	);
	await expect(page.getByTestId('verify-issuer')).toContainText('Gemeente Utrecht');
	await expect(page.getByTestId('verify-origin')).toContainText('in deze app gehouden');
	await expect(page.getByTestId('verify-documents')).toContainText('de PDF van de workshop');
	await expectNoAxeViolations(page);
	const api = await page.request.get(`/api/fingerprints/${fingerprint}`);
	expect(await api.json()).toMatchObject({
		known: true,
		documents: expect.arrayContaining(['pdf']),
		current: true,
		issue: { issuedBy: { name: 'Anne de Vries', emailDomain: 'gemeente.nl' } },
		imported: null
	});
	await open(page, '/verify?fingerprint=abc');
	await expect(page.getByText('Een vingerafdruk bestaat uit 64 tekens')).toBeVisible();

	// The JSON archive imports again as a new workshop with the same commitments.
	await open(page, `/workshops/${workshop.id}/actions`);
	const jsonDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Archief (JSON)' }).click();
	const jsonPath = testInfo.outputPath('archief.json');
	await (await jsonDownload).saveAs(jsonPath);
	await open(page, '/workshops/import');
	await page.getByLabel('Archiefbestand').setInputFiles({
		name: 'kapot.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"iets anders"}')
	});
	await page.getByRole('button', { name: 'Importeren' }).click();
	await expect(page.getByRole('alert')).toContainText('geen geldig workshoparchief');
	await page.getByLabel('Archiefbestand').setInputFiles(jsonPath);
	await page.getByRole('button', { name: 'Importeren' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Algoritmeregister provincie' })
	).toBeVisible();
	const importedId = new URL(page.url()).pathname.split('/').pop();
	expect(importedId).not.toBe(workshop.id);
	await open(page, `/workshops/${importedId}/actions`);
	await expect(page.getByTestId('action-count')).toContainText('2 van 2 afspraken');
	await expect(page.getByTestId('action-list')).toContainText('Algoritmeregister publiceren');
	await expect(page.getByTestId('action-list').getByLabel('Eigenaar').first()).toHaveValue(
		'Zoë de Bruĳn'
	);
});

test('a 4,000-card workshop goes out as an archive and comes back the same; the path names the format', async ({
	page
}) => {
	test.setTimeout(120_000);
	await signUp(page);
	const workshop = await createWorkshop(page, 'Vierduizend kaarten');
	// Handing a document out is a POST (it is recorded); the path says which export, and a field
	// cannot make a CSV into something else.
	const origin = new URL(page.url()).origin;
	const download = (path: string, form: Record<string, string> = {}) =>
		page.request.post(path, { form, headers: { origin } });
	expect((await page.request.get(`/workshops/${workshop.id}/export/csv`)).status()).toBe(405);
	const csv = await download(`/workshops/${workshop.id}/export/csv`, { format: 'json' });
	expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
	expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

	// The workshop's own archive, grown to 4,000 cards with long Dutch texts (about 2 MB, four
	// times adapter-node's default body limit).
	const small = await (await download(`/workshops/${workshop.id}/export/json`)).json();
	const kinds = ['stakeholder', 'risk', 'dilemma', 'action'] as const;
	const record = {
		...small,
		workshop: { ...small.workshop, title: 'Vierduizend kaarten (import)' },
		cards: Array.from({ length: 4000 }, (_, i) => ({
			ref: `c${i + 1}`,
			kind: kinds[i % 4],
			text: `${dutchText(i, 30)} (${i + 1})`.slice(0, 280),
			cluster: '',
			hidden: i % 50 === 0,
			mergedInto: null,
			selected: false,
			values: [],
			addedBy: null
		}))
	};
	const archive = Buffer.from(JSON.stringify(record));
	expect(archive.length).toBeGreaterThan(1024 * 1024);
	await open(page, '/workshops/import');
	await page.getByLabel('Archiefbestand').setInputFiles({
		name: 'vierduizend.json',
		mimeType: 'application/json',
		buffer: archive
	});
	await page.getByRole('button', { name: 'Importeren' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Vierduizend kaarten (import)' })
	).toBeVisible();
	const importedId = new URL(page.url()).pathname.split('/').pop();
	const back = await download(`/workshops/${importedId}/export/json`);
	const again = await back.json();
	expect(again.cards).toHaveLength(4000);
	expect(again.cards).toEqual(record.cards);
	// Any other form is still held to a small body.
	const huge = await page.request.post('/login', {
		multipart: { email: 'a@b.nl', password: 'x'.repeat(300 * 1024) },
		headers: { origin: new URL(page.url()).origin },
		maxRedirects: 0
	});
	expect(huge.status()).toBe(413);
});
