// A consent check at the end of a workshop, in a full room: 40 participants answer from their
// phones (a third object, with long Dutch reasons), one more answers by hand; the dashboard sees
// who said what, the beamer and the phones see nothing until the facilitator reveals, then the
// distribution and the reasons without names. Every view at every size: no sideways scrolling,
// axe clean, screenshots in screenshots/consent/.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { open, phoneContext, shootRoom } from '../fixtures';
import { dutchText, seedRoom } from '../seed';

const PROPOSAL =
	'Cameratoezicht alleen tijdens evenementen, beelden na achtentwintig dagen verwijderd, met een gegevensbeschermingseffectbeoordeling vooraf';

test('a consent check: answered from phones, blind until revealed, at every size', async ({
	page: dashboard,
	browser
}) => {
	test.setTimeout(240_000);
	mkdirSync('screenshots/consent', { recursive: true });
	await dashboard.setViewportSize({ width: 1280, height: 800 });
	const room = await seedRoom(dashboard, {
		people: 40,
		cardsPerKind: 3,
		extraSteps: [
			{
				kind: 'consent',
				minutes: 10,
				title: { nl: 'Besluit over de inzet', en: 'Decision on the deployment' },
				question: { nl: PROPOSAL, en: PROPOSAL },
				notes: { nl: 'Vraag bij elk bezwaar door.', en: 'Ask about every objection.' }
			}
		]
	});
	await room.send(room.dashboard, 'step:set', { step: 7 });
	const positions = ['agree', 'accept', 'object'] as const;
	await Promise.all(
		room.participants.map((p, i) =>
			room.send(p.client, 'consent:set', {
				step: 7,
				position: positions[i % 3],
				reason: i % 3 === 0 ? '' : dutchText(300 + i, 8)
			})
		)
	);

	await open(dashboard, `/workshops/${room.workshop.id}`);
	await expect(dashboard.getByTestId('progress-line')).toHaveText(
		'40 van 40 aanwezigen hebben gereageerd'
	);
	await expect(dashboard.getByTestId('consent-reasons')).toContainText('(Deelnemer 2)');

	const beamer = await dashboard.context().newPage();
	await beamer.setViewportSize({ width: 1920, height: 1080 });
	await open(beamer, `/workshops/${room.workshop.id}/beamer`);
	await expect(
		beamer.getByText('De uitslag blijft verborgen tot de begeleider hem toont.')
	).toBeVisible();
	await expect(beamer.getByTestId('consent-bars')).toHaveCount(0);

	// One more participant answers by hand: an objection needs a reason.
	const phone = await (await phoneContext(browser)).newPage();
	await open(phone, `/j/${room.workshop.code}`);
	await phone.getByLabel('Uw naam').fill('Zoë van der Heijden-Groeneveld');
	await phone.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
	await expect(phone.getByText(PROPOSAL)).toBeVisible();
	await expect(phone.getByRole('group', { name: 'Waar staat u?' })).toBeVisible();
	await phone.getByLabel('Bezwaar', { exact: true }).check();
	const save = phone.getByRole('button', { name: 'Opslaan' });
	await expect(save).toBeDisabled();
	await expect(phone.getByText('Zeg bij een bezwaar waarom')).toBeVisible();
	await phone
		.getByLabel('Waarom? (bij bezwaar verplicht)')
		.fill('De bewaartermijn is niet controleerbaar');
	await save.tap();
	await expect(phone.locator('form').getByRole('status')).toContainText('Opgeslagen');
	await expect(dashboard.getByTestId('consent-reasons')).toContainText(
		'De bewaartermijn is niet controleerbaar (Zoë van der Heijden-Groeneveld)'
	);
	await expect(phone.getByTestId('consent-bars')).toHaveCount(0);

	const shoot = (name: string) => shootRoom('consent', name, { phone, dashboard, beamer });
	await shoot('blind');

	await dashboard.getByRole('button', { name: 'Resultaten tonen' }).click();
	const bars = beamer.getByTestId('consent-bars');
	await expect(bars).toBeVisible();
	await expect(bars.getByRole('listitem').filter({ hasText: 'Bezwaar' })).toContainText(
		'14 deelnemers'
	);
	await expect(bars.getByRole('listitem').filter({ hasText: 'Akkoord' })).toContainText(
		'14 deelnemers'
	);
	await expect(bars.getByRole('listitem').filter({ hasText: 'Kan ermee leven' })).toContainText(
		'13 deelnemers'
	);
	await expect(beamer.getByText('De bewaartermijn is niet controleerbaar')).toBeVisible();
	await expect(beamer.locator('body')).not.toContainText('Zoë');
	await expect(phone.getByTestId('consent-bars')).toBeVisible();
	await shoot('revealed');
	room.close();
});
