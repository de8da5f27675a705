import { mkdirSync } from 'node:fs';
import { devices, expect, test, type Page } from '@playwright/test';
import { open } from '../fixtures';
import { seedRoom } from '../seed';

// The screens at the moments the room looks at them, with a full room: 40 participants, 30 cards
// per kind, 15 actions, 10 commitments, long Dutch words. For every step, blind and revealed,
// each view at each size: nothing overflows where it must fit, nothing overlaps, nothing is
// dropped, and no "(s)" stands in for a plural. Screenshots land in screenshots/layout/.

const BEAMERS = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 }
];
const DASHBOARDS = [
	{ width: 1280, height: 800 },
	{ width: 1440, height: 900 }
];
const PHONES = [360, 320];

interface Moment {
	step: number;
	revealed?: boolean;
	/** Share the closing notes on the beamer. */
	notes?: boolean;
}
const MOMENTS: Moment[] = [
	{ step: 1 },
	{ step: 2 },
	{ step: 3 },
	{ step: 3, revealed: true },
	{ step: 4 },
	{ step: 5 },
	{ step: 5, revealed: true },
	{ step: 6 },
	{ step: 6, revealed: true, notes: true }
];

const FAKE_PLURAL = /\((s|en|pen|ren)\)/;

type FacilitatorState = {
	cards: { kind: string; hidden: boolean; mergedInto: string | null; valueIds: string[] }[];
	values: { id: string; selected: boolean }[];
	tallies: unknown[];
	tensions: unknown[];
	ratings: { actionId: string }[];
	commitments: unknown[];
	reflections: unknown[];
	closingNotes: unknown[];
	principles: { foundationKey: string }[];
};

/** How many items the beamer must show (on one page or over several) at this moment. */
function expectedItems(state: FacilitatorState, moment: Moment): number {
	const visible = state.cards.filter((c) => !c.hidden && !c.mergedInto);
	const actions = visible.filter((c) => c.kind === 'action');
	switch (moment.step) {
		case 1:
			return new Set(state.principles.map((p) => p.foundationKey)).size;
		case 2:
			return visible.filter((c) => c.kind !== 'action').length;
		case 3:
			return state.tensions.length + (moment.revealed ? state.tallies.length : 0);
		case 4:
			return state.values
				.filter((v) => v.selected)
				.reduce((sum, v) => sum + actions.filter((a) => a.valueIds.includes(v.id)).length, 0);
		case 5:
			return actions.length;
		default:
			return (
				state.commitments.length +
				(moment.revealed ? state.reflections.length : 0) +
				(moment.notes ? state.closingNotes.length : 0)
			);
	}
}

async function settled(page: Page) {
	// The beamer fits its content on the next animation frames.
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
}

async function measureBeamer(page: Page) {
	return page.evaluate(() => {
		const root = document.documentElement;
		const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
		const content = box('[data-testid=beamer-viewport]')!;
		const join = box('[data-testid=beamer-join]');
		const items = [...document.querySelectorAll('[data-testid=beamer-content] [data-item]')];
		const inside = items.filter((item) => {
			const r = item.getBoundingClientRect();
			return (
				r.left >= content.left - 1 &&
				r.right <= content.right + 1 &&
				r.top >= content.top - 1 &&
				r.bottom <= content.bottom + 1
			);
		}).length;
		const flow = document.querySelector('[data-testid=beamer-viewport] > *')!;
		// The first item of each later page whose group's heading stands on an earlier page must
		// say which group it belongs to (the heading repeated, "(vervolg)").
		const gap = parseFloat(getComputedStyle(flow).columnGap) || 0;
		const pageOf = (el: Element) =>
			Math.floor(
				(el.getBoundingClientRect().left - flow.getBoundingClientRect().left + 1) /
					(content.width + gap)
			);
		const headings = [...flow.querySelectorAll('.beamer-heading')].filter(
			(h) => !h.closest('[data-item]')
		);
		const headless: string[] = [];
		let lastPage = 0;
		for (const item of items) {
			const at = pageOf(item);
			if (at <= lastPage) continue;
			lastPage = at;
			const heading = headings.findLast(
				(h) => h.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING
			);
			const repeated =
				!!item.getAttribute('data-continues')?.endsWith('(vervolg)') &&
				getComputedStyle(item, '::before').display === 'block';
			if (heading && pageOf(heading) < at && !repeated) {
				headless.push((item as HTMLElement).innerText.slice(0, 40));
			}
		}
		// The matrix: its words as large as the text beside it, no circle over a quadrant's name.
		const svg = document.querySelector('[data-testid=beamer-content] [data-testid=matrix] svg');
		const quadrants = svg ? [...svg.querySelectorAll('.matrix__quadrant, .matrix__axis')] : [];
		const circles = svg ? [...svg.querySelectorAll('circle')] : [];
		const meets = (a: DOMRect, b: DOMRect) =>
			a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		const matrix = svg
			? {
					labelPx: Math.min(
						...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)
					),
					covered: quadrants
						.filter((q) =>
							circles.some((c) => meets(q.getBoundingClientRect(), c.getBoundingClientRect()))
						)
						.map((q) => q.textContent)
				}
			: null;
		return {
			headless,
			matrix,
			overflow: root.scrollWidth > innerWidth || root.scrollHeight > innerHeight,
			items: items.length,
			inside,
			pages: Number(document.querySelector('[data-testid=beamer]')!.getAttribute('data-pages')),
			page: Number(document.querySelector('[data-testid=beamer]')!.getAttribute('data-page')),
			pager: !!document.querySelector('[data-testid=beamer-page]'),
			overlap:
				!!join &&
				!(
					content.right <= join.left ||
					join.right <= content.left ||
					content.bottom <= join.top ||
					join.bottom <= content.top
				),
			fontPx: parseFloat(getComputedStyle(flow).fontSize),
			height: innerHeight,
			text: document.body.innerText
		};
	});
}

test('every view holds up at every step, blind and revealed, with a full room', async ({
	browser
}) => {
	test.setTimeout(300_000);
	mkdirSync('screenshots/layout', { recursive: true });
	const laptop = await browser.newContext({ viewport: DASHBOARDS[0] });
	const setup = await laptop.newPage();
	const room = await seedRoom(setup);
	const { workshop, dashboard, send } = room;

	const beamers = await Promise.all(
		BEAMERS.map(async (size) => {
			const page = await laptop.newPage();
			await page.setViewportSize(size);
			// Pages turn at once, so a screenshot never catches one sliding.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await open(page, `/workshops/${workshop.id}/beamer`);
			return { page, size };
		})
	);
	const dashboards = await Promise.all(
		DASHBOARDS.map(async (size) => {
			const page = await laptop.newPage();
			await page.setViewportSize(size);
			await open(page, `/workshops/${workshop.id}`);
			return { page, size };
		})
	);
	const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
	const phones = await Promise.all(
		PHONES.map(async (width, i) => {
			const context = await browser.newContext({ ...pixel, viewport: { width, height: 740 } });
			const [name, value] = room.participants[i]!.cookie.split('=') as [string, string];
			await context.addCookies([{ name, value, url: room.base }]);
			const page = await context.newPage();
			await open(page, `/j/${workshop.code}/live`);
			return { page, width };
		})
	);

	for (const moment of MOMENTS) {
		await send(dashboard, 'step:set', { step: moment.step });
		await send(dashboard, 'step:flags', { step: moment.step, revealed: !!moment.revealed });
		await send(dashboard, 'display:set', { closingNotes: !!moment.notes });
		const sync = (await dashboard.emitWithAck('state:sync', {})) as {
			data: { state: FacilitatorState & { steps: { number: number; title: { nl: string } }[] } };
		};
		const { state } = sync.data;
		const title = state.steps.find((s) => s.number === moment.step)!.title.nl;
		const label = `step${moment.step}${moment.revealed ? '-revealed' : ''}`;
		const expected = expectedItems(state, moment);

		for (const { page, size } of beamers) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			if (moment.revealed && moment.step === 3)
				await expect(page.getByTestId('vote-bars')).toBeVisible();
			if (moment.revealed && moment.step === 5)
				await expect(page.getByTestId('matrix')).toBeVisible();
			if (moment.revealed && moment.step === 6)
				await expect(page.getByTestId('reflections')).toBeVisible();
			await expect(page.locator('[data-testid=beamer-content] [data-item]')).toHaveCount(expected);
			await settled(page);
			const at = `beamer ${size.width}×${size.height} ${label}`;
			const seen = await measureBeamer(page);
			await page.screenshot({
				path: `screenshots/layout/beamer-${size.width}x${size.height}-${label}.png`
			});
			expect(seen.overflow, `${at}: the page overflows the screen`).toBe(false);
			expect(seen.overlap, `${at}: content overlaps the join panel`).toBe(false);
			expect(seen.items, `${at}: items dropped`).toBe(expected);
			if (seen.inside < seen.items) {
				expect(
					seen.pages,
					`${at}: ${seen.items - seen.inside} items off screen on page ${seen.page}`
				).toBeGreaterThan(1);
				expect(seen.pager, `${at}: no page indicator`).toBe(true);
				// Turned by hand on the beamer, and from the dashboard.
				// (The dashboard turns every beamer, so count from where this one is.)
				const beamer = page.getByTestId('beamer');
				const before = await beamer.getAttribute('data-page');
				await page.keyboard.press('ArrowRight');
				await expect(beamer).toHaveAttribute(
					'data-page',
					String((Number(before) % seen.pages) + 1)
				);
				await send(dashboard, 'beamer:page', { delta: -1 });
				await expect(beamer).toHaveAttribute('data-page', before!);
			}
			expect(seen.headless, `${at}: a page goes on without its heading`).toEqual([]);
			if (seen.matrix) {
				expect(seen.matrix.covered, `${at}: a circle covers a label`).toEqual([]);
				// A line of its text (the box of a 20-unit label) at least the body text's size.
				expect(seen.matrix.labelPx, `${at}: matrix text too small`).toBeGreaterThanOrEqual(
					seen.fontPx
				);
			}
			// Body text no smaller than about 28 px at 1080p (2.6% of the screen's height).
			expect(seen.fontPx, `${at}: text too small`).toBeGreaterThanOrEqual(seen.height * 0.0259);
			expect(seen.text, at).not.toMatch(FAKE_PLURAL);
		}

		for (const { page, size } of dashboards) {
			await expect(
				page.getByTestId('step-panel').getByRole('heading', { level: 2 }).first()
			).toHaveText(title);
			const at = `dashboard ${size.width}×${size.height} ${label}`;
			const seen = await page.evaluate(() => ({
				overflowX: document.documentElement.scrollWidth > innerWidth,
				panelTop: document.querySelector('[data-testid=step-panel]')!.getBoundingClientRect().top,
				// A table cell whose content is wider than the cell shows it cut off.
				cutCells: [...document.querySelectorAll<HTMLElement>('[data-testid=step-panel] td')]
					.filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
					.map((cell) => cell.innerText.slice(0, 40))
					.slice(0, 3),
				text: document.body.innerText
			}));
			expect(seen.overflowX, `${at}: horizontal scroll`).toBe(false);
			expect(seen.cutCells, `${at}: cut off in a table cell`).toEqual([]);
			// The room's live input starts in the upper part of the screen, next to the controls.
			expect(seen.panelTop, `${at}: the panel starts below the fold`).toBeLessThan(size.height / 3);
			expect(seen.text, at).not.toMatch(FAKE_PLURAL);
			await page.screenshot({
				path: `screenshots/layout/dashboard-${size.width}x${size.height}-${label}.png`
			});
		}

		for (const { page, width } of phones) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			if (moment.revealed) await expect(page.getByTestId('phone-results')).toBeVisible();
			// What a participant can open is open too, with the forms it loads.
			const closed = page.locator('details:not([open]) > summary');
			while ((await closed.count()) > 0) await closed.first().click();
			await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
			const at = `phone ${width} ${label}`;
			const seen = await page.evaluate(() => ({
				overflowX: document.documentElement.scrollWidth > innerWidth,
				// Anything that reaches past the screen's edge is cut off, scrolling or not.
				cut: [...document.querySelectorAll<HTMLElement>('main *')]
					.filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
					.filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
					.map((el) => `${el.tagName.toLowerCase()}.${el.className} “${el.innerText.slice(0, 40)}”`)
					.slice(0, 3),
				text: document.body.innerText
			}));
			expect(seen.overflowX, `${at}: horizontal scroll (WCAG 1.4.10)`).toBe(false);
			expect(seen.cut, `${at}: cut off at the screen's edge`).toEqual([]);
			expect(seen.text, at).not.toMatch(FAKE_PLURAL);
			if (moment.revealed) {
				// The results come first, above what is still to do.
				const results = await page.getByTestId('phone-results').boundingBox();
				const step = await page.getByTestId('participant-step').boundingBox();
				expect(results!.y, `${at}: results not at the top`).toBeLessThan(
					step!.y + step!.height + 200
				);
			}
			await page.screenshot({ path: `screenshots/layout/phone-${width}-${label}.png` });
		}
	}

	room.close();
	await laptop.close();
	for (const { page } of phones) await page.context().close();
});
