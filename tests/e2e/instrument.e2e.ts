// An instrument run live in a full room: the test instrument imported through the library (a
// hostile file refused, a newer version shown as a diff), a workshop started from it, 40 people in
// five roles on their phones and one more by hand. The facilitator walks Deel 1 on the dashboard
// (a stop that every screen shows, lifted again), the room drafts a multiple choice, blind until
// revealed, the decision gets its advice, a residual risk and the room's consent; the documents
// come out. Every new view at every size, blind and revealed: no sideways scrolling, axe clean,
// screenshots in screenshots/instrument/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open, phoneContext, scrollsSideways, shootRoom } from '../fixtures';
import { dutchText, INSTRUMENT_FILE, seedInstrumentRoom } from '../seed';

test('an instrument: imported, walked live with 40 phones, stopped, decided, exported', async ({
	page: dashboard,
	browser
}) => {
	test.setTimeout(300_000);
	mkdirSync('screenshots/instrument', { recursive: true });
	await dashboard.setViewportSize({ width: 1280, height: 800 });
	const room = await seedInstrumentRoom(dashboard);
	const id = room.workshop.id;

	// The library refuses a hostile file, naming the question, and shows what a new version changes.
	await open(dashboard, '/library/instruments');
	const fixture = readFileSync(INSTRUMENT_FILE, 'utf8');
	const hostile = join(tmpdir(), 'hostile-instrument.yaml');
	writeFileSync(
		hostile,
		fixture.replace('Kies ja of nee.', 'Kies <img src=x onerror=alert(1)> ja of nee.')
	);
	const file = dashboard.getByLabel('Bestand (YAML of JSON, assessment-definition v2)');
	await file.setInputFiles(hostile);
	await dashboard.getByRole('button', { name: 'Bekijken wat er verandert' }).click();
	await expect(dashboard.getByRole('alert')).toContainText(
		'De toelichting bij 1.2.1 bevat opmaak die niet is toegestaan'
	);
	const newer = join(tmpdir(), 'oefeninstrument-1.3.yaml');
	writeFileSync(
		newer,
		fixture
			.replace('version: "1.2"', 'version: "1.3"')
			.replace("version: '1.2'", "version: '1.3'")
			.replace('Wanneer gaat de inzet van start?', 'Wanneer gaat de proef van start?')
	);
	await file.setInputFiles(newer);
	await dashboard.getByRole('button', { name: 'Bekijken wat er verandert' }).click();
	const diff = dashboard.getByTestId('instrument-diff');
	await expect(diff).toContainText('1.2 → 1.3');
	await expect(diff).toContainText('~ 2.3.6 Wanneer gaat de proef van start?');
	await expect(dashboard.getByTestId('instruments').getByRole('listitem')).toHaveCount(1);
	for (const width of [1280, 360]) {
		await dashboard.setViewportSize({ width, height: 800 });
		expect(await scrollsSideways(dashboard), `library ${width}`).toBe(false);
		await dashboard.screenshot({
			path: `screenshots/instrument/library-${width}.png`,
			fullPage: true
		});
	}
	await expectNoAxeViolations(dashboard);
	await dashboard.setViewportSize({ width: 1280, height: 800 });

	// One more participant, by hand, on a phone.
	const phone = await (await phoneContext(browser)).newPage();
	await open(phone, `/j/${room.workshop.code}`);
	await phone.getByLabel('Uw naam').fill('Zoë van der Heijden-Groeneveld');
	await phone.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');

	await open(dashboard, `/workshops/${id}`);
	const beamer = await dashboard.context().newPage();
	await beamer.setViewportSize({ width: 1920, height: 1080 });
	await open(beamer, `/workshops/${id}/beamer`);

	const shoot = (name: string) => shootRoom('instrument', name, { phone, dashboard, beamer });

	// The values step on CODIO's catalogue: the facilitator chooses two of the room's values.
	await room.send(room.dashboard, 'step:set', { step: 2 });
	const synced = (await room.dashboard.emitWithAck('state:sync', {})) as {
		data: { state: { values: { id: string; name: { nl: string } }[] } };
	};
	const [privacy, transparency] = ['Privacy', 'Transparantie'].map((name) =>
		synced.data.state.values.find((v) => v.name.nl === name)!
	);
	for (const value of [privacy!, transparency!]) {
		await room.send(room.dashboard, 'value:select', { valueId: value.id, selected: true });
	}

	// Deel 1, on the dashboard: the first question on every screen, with the roles it asks.
	await room.send(room.dashboard, 'step:set', { step: 4 });
	const title = 'Wat is de aanleiding geweest om een verkeersregelingsalgoritme';
	await expect(beamer.getByTestId('question-title')).toContainText(title);
	await expect(phone.getByTestId('question-title')).toContainText(title);
	await expect(phone.getByText('Gevraagd aan: Projectleider')).toBeVisible();
	// Drafts from the room, in long Dutch words; one typed on the phone.
	await Promise.all(
		room.participants.map((p, i) =>
			room.send(p.client, 'question:draft', {
				step: 4,
				item: '1.1.1',
				text: dutchText(200 + i, 12)
			})
		)
	);
	await phone
		.getByLabel('Uw antwoord en overwegingen')
		.fill('De binnenstad staat elke ochtend vast');
	await phone.getByRole('button', { name: 'Versturen' }).tap();
	await expect(phone.getByTestId('question-draft').getByRole('status')).toContainText('Opgeslagen');
	await expect(dashboard.getByTestId('question-drafts')).toContainText(
		'Zoë van der Heijden-Groeneveld: De binnenstad staat elke ochtend vast'
	);
	await expect(dashboard.getByTestId('progress-line')).toContainText(
		'41 van 41 aanwezigen hebben een concept gestuurd'
	);
	// An answer can take over the values the room chose (the IAMA's question on public values).
	await dashboard
		.getByRole('button', { name: /De gekozen publieke waarden overnemen \(2/ })
		.click();
	await expect(dashboard.getByLabel('Vastgesteld antwoord', { exact: true })).toHaveValue(
		/- Privacy \(Mensenrechten; 0 stippen\)\n- Transparantie \(Procedurele rechtvaardigheid; 0 stippen\)/
	);
	await dashboard
		.getByLabel('Vastgesteld antwoord', { exact: true })
		.fill('Files in de binnenstad en te veel uitstoot bij de scholen');
	await dashboard.getByLabel('Belangrijkste overwegingen').fill(dutchText(7, 20));
	await dashboard.getByRole('button', { name: 'Antwoord vastleggen' }).click();
	await expect(beamer.getByTestId('question-agreed')).toContainText('Files in de binnenstad');
	await shoot('question-blind');

	// To 1.2.1 with the dashboard's "next" button: "Ja" stops the instrument on every screen.
	await dashboard.getByTestId('question-next').click();
	await expect(dashboard.getByTestId('question-title')).toContainText('1.1.2');
	await dashboard.getByTestId('question-next').click();
	await expect(phone.getByTestId('question-title')).toContainText('verboden toepassing');
	await expect(phone.getByText('Deze vraag is voor uw rol')).toHaveCount(0);
	await dashboard.getByTestId('question-agree').getByLabel('Ja').check();
	await dashboard.getByRole('button', { name: 'Antwoord vastleggen' }).click();
	for (const page of [phone, beamer, dashboard]) {
		await expect(page.getByTestId('question-alert')).toContainText(
			'Stop met de ontwikkeling of de inzet van dit algoritme.'
		);
	}
	await shoot('stop');
	await dashboard.getByTestId('question-agree').getByLabel('Nee').check();
	await dashboard
		.getByLabel('Afwijkend standpunt')
		.fill('Twee deelnemers twijfelen over kentekenherkenning bij de kruispunten');
	await dashboard.getByRole('button', { name: 'Antwoord vastleggen' }).click();
	await expect(beamer.getByTestId('question-alert')).toHaveCount(0);
	await expect(phone.getByTestId('question-alert')).toHaveCount(0);

	// A research hold: a commitment with an owner and a date; the status says so.
	await dashboard.getByTestId('question-next').click();
	await expect(dashboard.getByTestId('question-title')).toContainText('wettelijke grondslag');
	const hold = dashboard.getByTestId('question-research');
	await hold
		.getByLabel('Wat moet worden uitgezocht (leeg: de vraag)')
		.fill('Grondslag navragen bij juridische zaken');
	await hold.getByLabel('Eigenaar').fill('Bram Jansen');
	await hold.getByLabel('Uiterlijk op').fill('2027-01-15');
	await hold.getByRole('button', { name: 'Aanhouden voor onderzoek' }).click();
	await expect(beamer.getByTestId('question-status')).toHaveText('Wacht op onderzoek');

	// Deel 3: a multiple choice from a long list, drafted by the room, blind until revealed.
	await room.send(room.dashboard, 'step:set', { step: 6 });
	await room.send(room.dashboard, 'question:go', { step: 6, item: '3.1.1' });
	await expect(phone.getByRole('group', { name: 'Uw keuze' })).toBeVisible();
	const rights = [
		'Recht op privacy en gegevensbescherming',
		'Recht op gelijke behandeling',
		'Recht op bewegingsvrijheid'
	];
	await Promise.all(
		room.participants.map((p, i) =>
			room.send(p.client, 'question:draft', {
				step: 6,
				item: '3.1.1',
				text: dutchText(400 + i, 9),
				choice: rights.slice(0, 1 + (i % 3))
			})
		)
	);
	await phone.getByLabel('Recht op privacy en gegevensbescherming').check();
	await phone.getByRole('button', { name: 'Versturen' }).tap();
	await expect(phone.getByTestId('question-draft').getByRole('status')).toContainText('Opgeslagen');
	await expect(beamer.getByTestId('question-drafts')).toHaveCount(0);
	await shoot('multiple-blind');
	await dashboard.getByRole('button', { name: 'Resultaten tonen' }).click();
	await expect(beamer.getByTestId('question-drafts').getByRole('listitem')).toHaveCount(41);
	await expect(beamer.getByTestId('question-drafts')).not.toContainText('Zoë');
	await shoot('multiple-revealed');

	// The decision: advice under conditions, a residual risk accepted by a named person, consent.
	await room.send(room.dashboard, 'step:set', { step: 8 });
	await dashboard.getByLabel('Inzetten onder voorwaarden').check();
	await dashboard
		.getByRole('textbox', { name: 'Voorwaarden' })
		.fill(
			'Alleen na een positieve privacytoets en met een jaarlijkse evaluatie door de gemeenteraad'
		);
	await dashboard.getByRole('button', { name: 'Advies vastleggen' }).click();
	await dashboard
		.getByLabel('Restrisico', { exact: true })
		.fill('Verplaatsing van sluipverkeer naar de woonwijken rond het centrum');
	await dashboard.getByLabel('Verantwoordelijke').fill('Wethouder Mobiliteit');
	await dashboard.getByRole('button', { name: 'Restrisico toevoegen' }).click();
	await dashboard.getByTestId('decision-risks').getByLabel('Besluit').selectOption('accepted');
	await expect(beamer.getByTestId('decision-risks')).toContainText(
		'Wethouder Mobiliteit: Aanvaard'
	);
	await expect(phone.getByTestId('decision-advice')).toContainText('Inzetten onder voorwaarden');
	const positions = ['agree', 'accept', 'object'] as const;
	await Promise.all(
		room.participants.map((p, i) =>
			room.send(p.client, 'consent:set', {
				step: 8,
				position: positions[i % 3],
				reason: i % 3 === 2 ? dutchText(500 + i, 7) : ''
			})
		)
	);
	await shoot('decision-blind');
	await dashboard.getByRole('button', { name: 'Resultaten tonen' }).click();
	await expect(beamer.getByTestId('consent-bars')).toBeVisible();
	await shoot('decision-revealed');

	// The documents: the answers in the ministry's format and the art. 27 summary, fingerprinted.
	await open(dashboard, `/workshops/${id}/actions`);
	await expect(dashboard.getByTestId('instrument-files')).toBeVisible();
	await dashboard.screenshot({ path: 'screenshots/instrument/actions-1280.png', fullPage: true });
	await expectNoAxeViolations(dashboard);
	const base = new URL(dashboard.url()).origin;
	const output = await dashboard.request.post(
		`${base}/workshops/${id}/instrument/assessment.json`,
		{ headers: { origin: base } }
	);
	expect(output.headers()['x-fingerprint']).toMatch(/^[0-9a-f]{64}$/);
	const answers = (await output.json()).answers;
	expect(answers['1.2.1'].value).toBe('false');
	expect(answers['1.1.1'].value).toContain('Files in de binnenstad');
	const art27 = await dashboard.request.post(`${base}/workshops/${id}/instrument/art27.pdf`, {
		headers: { origin: base }
	});
	expect(art27.headers()['content-type']).toBe('application/pdf');
	writeFileSync('screenshots/instrument/art27.pdf', await art27.body());
	room.close();
});
