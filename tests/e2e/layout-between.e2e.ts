import { mkdirSync } from 'node:fs';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { open } from '../fixtures';
import { connect, dutchText, join, seedRoom } from '../seed';

// The screens between sessions and of the follow-up, at full volume: 40 participants, 30
// commitments with long Dutch owners and notes in every status (some overdue), 40 invitees. The
// action list, the register, a status page, the preparation page and every step of a follow-up
// session, at every size: nothing scrolls sideways or lies past the screen's edge, no table cell
// cuts its content off, the beamer fits its page, and at 1280×800 what the page is for starts
// above the fold. Screenshots land in screenshots/between/.

const SIZES = [
	{ width: 360, height: 740, phone: true },
	{ width: 320, height: 640, phone: true },
	{ width: 1280, height: 800 },
	{ width: 1440, height: 900 },
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
];
const STATUSES = ['open', 'on_track', 'delayed', 'blocked', 'done', 'dropped'] as const;
const OWNERS = [
	'Afdeling Informatiebeveiliging en Privacy',
	'Functionaris gegevensbescherming',
	'Teamleider openbareordehandhaving binnenstad',
	'Jan-Willem van den Berghe-Verantwoordelijkheidsverdeling'
];

/** What a page shows wrongly at this size: sideways scroll, things past the edge, cut cells. */
async function faults(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		// Visually hidden text (a table's headers on a phone, captions) is clipped, not shown.
		const clipped = (el: Element) => {
			for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
				const style = getComputedStyle(at);
				if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
				if (style.overflow === 'hidden' && at.getBoundingClientRect().width <= 1) return true;
			}
			return false;
		};
		return {
			sideways: document.documentElement.scrollWidth > innerWidth + 1,
			pastEdge: [...document.querySelectorAll<HTMLElement>('main *')]
				.filter((el) => {
					const r = el.getBoundingClientRect();
					return (
						r.width > 0 &&
						r.right > width + 1 &&
						!el.closest('[data-testid=beamer-viewport]') &&
						!clipped(el)
					);
				})
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60))
				.slice(0, 3),
			cutCells: [...document.querySelectorAll<HTMLElement>('main td, main th')]
				.filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
				.map((cell) => cell.innerText.slice(0, 40))
				.slice(0, 3)
		};
	});
}

/** Opens a page at every size, checks it and takes its screenshot. */
async function everySize(
	browser: Browser,
	cookies: { name: string; value: string; url: string }[],
	path: string,
	name: string,
	main: (page: Page) => ReturnType<Page['locator']>
) {
	const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
	for (const size of SIZES) {
		const context = size.phone
			? await browser.newContext({ ...pixel, viewport: size })
			: await browser.newContext({ viewport: size });
		await context.addCookies(cookies);
		const page = await context.newPage();
		await open(page, path);
		await expect(main(page).first()).toBeVisible();
		const at = `${name} ${size.width}×${size.height}`;
		const seen = await faults(page);
		await page.screenshot({
			path: `screenshots/between/${name}-${size.width}x${size.height}.png`,
			fullPage: true
		});
		expect(seen.sideways, `${at}: scrolls sideways`).toBe(false);
		expect(seen.pastEdge, `${at}: past the screen's edge`).toEqual([]);
		expect(seen.cutCells, `${at}: a table cell cuts its content off`).toEqual([]);
		if (size.width === 1280 && size.height === 800) {
			const top = (await main(page).first().boundingBox())!.y;
			expect(top, `${at}: what the page is for starts below the fold`).toBeLessThan(800 - 100);
		}
		await context.close();
	}
}

test('the screens between sessions and of the follow-up hold up at every size, at full volume', async ({
	browser
}) => {
	test.setTimeout(600_000);
	mkdirSync('screenshots/between', { recursive: true });
	const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const setup = await laptop.newPage();
	const room = await seedRoom(setup, { cardsPerKind: 2 });
	const { workshop, dashboard, send, base } = room;
	const cookies = (await laptop.cookies()).map((c) => ({
		name: c.name,
		value: c.value,
		url: base
	}));

	// Thirty commitments: twenty more beside the ten of the room, every status, long owners and
	// notes, a third of them overdue (today is after 2026-12-01).
	for (let n = 0; n < 20; n++) {
		await send(dashboard, 'commitment:add', {
			text: dutchText(300 + n, 8 + (n % 6)),
			valueIds: []
		});
	}
	const state = async () =>
		(
			(await dashboard.emitWithAck('state:sync', {})) as {
				data: { state: { commitments: { id: string }[] } };
			}
		).data.state;
	const { commitments } = await state();
	expect(commitments).toHaveLength(30);
	for (const [n, commitment] of commitments.entries()) {
		await send(dashboard, 'commitment:update', {
			id: commitment.id,
			owner: OWNERS[n % OWNERS.length],
			dueOn: n % 3 === 0 ? `2026-11-${String(10 + (n % 18)).padStart(2, '0')}` : '2027-04-30',
			status: STATUSES[n % STATUSES.length],
			note: n % 2 ? `Wacht op ${dutchText(400 + n, 7)}` : ''
		});
	}
	await send(dashboard, 'step:flags', { step: 6, revealed: true });

	// A status link for one commitment, made on the action list as an owner's would be.
	await open(setup, `/workshops/${workshop.id}/actions`);
	const item = setup.getByTestId('commitment').nth(1);
	await item.getByRole('button', { name: 'Statuslink maken' }).click();
	const statusUrl = await item.getByLabel('Nieuwe statuslink voor de eigenaar').inputValue();

	// Forty invitees on the preparation page (no addresses: nothing is mailed).
	for (let n = 0; n < 40; n++) {
		const response = await setup.request.post(
			`${base}/workshops/${workshop.id}/preparation?/invite`,
			{
				form: {
					name: n % 5 === 0 ? `Deelnemer met een lange naam ${n + 1}` : `Deelnemer ${n + 1}`,
					email: '',
					role: n % 4 === 0 ? 'Adviseur informatiebeveiligingsbeleid' : 'Beleid',
					side: n % 3 === 0 ? 'external' : 'internal',
					seat: ''
				},
				headers: { origin: base }
			}
		);
		expect(response.ok()).toBe(true);
	}

	await everySize(browser, cookies, `/workshops/${workshop.id}/actions`, 'actions', (page) =>
		page.getByTestId('commitment')
	);
	await everySize(browser, cookies, '/register', 'register', (page) =>
		page.getByTestId('register-count')
	);
	await everySize(browser, [], new URL(statusUrl).pathname, 'status-page', (page) =>
		page.getByRole('radio').first()
	);
	await everySize(
		browser,
		cookies,
		`/workshops/${workshop.id}/preparation`,
		'preparation',
		(page) => page.getByRole('heading', { level: 1 })
	);

	// The follow-up, planned from the action list, with forty phones through every step.
	await open(setup, `/workshops/${workshop.id}/actions`);
	await setup.getByLabel('Titel').fill('Cameratoezicht – vervolg na drie maanden');
	await setup.getByLabel('Datum').fill('2027-03-01');
	await setup.getByRole('button', { name: 'Vervolgsessie plannen' }).click();
	await expect(setup.getByRole('heading', { level: 1 })).toHaveText(
		'Cameratoezicht – vervolg na drie maanden'
	);
	const followUpId = new URL(setup.url()).pathname.split('/').pop()!;
	const code = (await setup.getByTestId('join-link').innerText()).trim().split('/').pop()!;
	room.close();
	const session = cookies.find((c) => c.name === 'gdb-session')!;
	const facilitator = await connect(
		base,
		{ workshopId: followUpId, view: 'dashboard' },
		`gdb-session=${session.value}`
	);
	const phones = await Promise.all(
		Array.from({ length: 40 }, async (_, n) => {
			const cookie = await join(
				base,
				code,
				n % 5 === 0 ? `Deelnemer met een lange naam ${n + 1}` : `Deelnemer ${n + 1}`
			);
			const client = await connect(base, { workshopId: followUpId, view: 'participant' }, cookie);
			return { cookie, client };
		})
	);
	const ack = async (client: (typeof phones)[number]['client'], event: string, payload: object) => {
		const reply = (await client.timeout(10_000).emitWithAck(event, payload)) as {
			ok: boolean;
			error?: string;
		};
		expect(reply, `${event}`).toMatchObject({ ok: true });
	};
	const step = (n: number) => ack(facilitator, 'step:set', { step: n });

	// Every phone's check-in; a status report on every carried commitment; obstacles and help.
	for (const [n, phone] of phones.entries()) {
		await ack(phone.client, 'profile:set', {
			perspective: n % 3 === 0 ? 'external' : 'internal',
			role: n % 4 === 0 ? 'Adviseur informatiebeveiligingsbeleid' : 'Beleid'
		});
	}
	const stepTitles = (
		(await facilitator.emitWithAck('state:sync', {})) as {
			data: { state: { steps: { title: { nl: string } }[] } };
		}
	).data.state.steps.map((s) => s.title.nl);
	const carried = (
		(await facilitator.emitWithAck('state:sync', {})) as {
			data: { state: { commitments: { id: string }[] } };
		}
	).data.state.commitments;
	await step(2);
	for (const [n, commitment] of carried.entries()) {
		await ack(phones[n % phones.length]!.client, 'status:report', {
			commitmentId: commitment.id,
			status: STATUSES[n % 4],
			note: `Stand: ${dutchText(500 + n, 9)}`
		});
	}
	await step(3);
	for (let n = 0; n < 60; n++) {
		await ack(phones[n % phones.length]!.client, 'card:add', {
			clientId: `between-card-${n}`,
			kind: n % 2 ? 'help' : 'obstacle',
			text: dutchText(600 + n)
		});
	}

	const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
	const screens: { page: Page; name: string; width: number; height: number; kind: string }[] = [];
	for (const size of SIZES) {
		const kind = size.phone
			? 'phone'
			: size.width === 1920 || size.height === 720
				? 'beamer'
				: 'dashboard';
		const context = size.phone
			? await browser.newContext({ ...pixel, viewport: size })
			: await browser.newContext({ viewport: size });
		if (size.phone) {
			const [name, value] = phones[screens.length]!.cookie.split('=') as [string, string];
			await context.addCookies([{ name, value, url: base }]);
		} else {
			await context.addCookies(cookies);
		}
		const page = await context.newPage();
		if (kind === 'beamer') await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(
			page,
			kind === 'phone'
				? `/j/${code}/live`
				: kind === 'beamer'
					? `/workshops/${followUpId}/beamer`
					: `/workshops/${followUpId}`
		);
		screens.push({ page, name: `${kind}-${size.width}x${size.height}`, ...size, kind });
	}

	for (const number of [1, 2, 3, 4, 5, 6]) {
		await step(number);
		await ack(facilitator, 'step:flags', { step: number, revealed: true });
		for (const screen of screens) {
			const at = `follow-up step ${number}, ${screen.name}`;
			if (screen.kind === 'beamer') {
				await expect(screen.page.getByTestId('beamer-step-number')).toHaveText(
					`Stap ${number} van 6`
				);
			} else {
				await expect(
					screen.page.getByTestId(screen.kind === 'phone' ? 'participant-step' : 'step-panel')
				).toContainText(stepTitles[number - 1]!);
			}
			await expect(screen.page.locator('[aria-busy="true"]')).toHaveCount(0);
			await screen.page.evaluate(
				() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
			);
			if (number === 2 && screen.kind !== 'phone') {
				// Ten of the carried commitments are past their date (November 2026), still open.
				await expect(screen.page.getByTestId('overdue').first()).toHaveText('Verlopen');
			}
			const seen = await faults(screen.page);
			await screen.page.screenshot({
				path: `screenshots/between/follow-up-step${number}-${screen.name}.png`,
				fullPage: screen.kind !== 'beamer'
			});
			expect(seen.sideways, `${at}: scrolls sideways`).toBe(false);
			expect(seen.pastEdge, `${at}: past the screen's edge`).toEqual([]);
			expect(seen.cutCells, `${at}: a table cell cuts its content off`).toEqual([]);
		}
	}
	facilitator.disconnect();
	for (const phone of phones) phone.client.disconnect();
	await laptop.close();
});
