import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	createWorkshop,
	expectNoAxeViolations,
	facilitatorContext,
	open,
	signUp
} from '../fixtures';
import { connect, seedRoom, type SeededRoom } from '../seed';

// Organisations on one installation share nothing. Two organisations, each with a beheerder who
// founded it, a begeleider and a meekijker who joined by invitation link, and a workshop with
// commitments. What one organisation's members reach of the other's, through pages, downloads,
// sockets and calendar feeds: nothing. What a meekijker reads of their own: the commitments, no
// notes, no participants. Screenshots of the organisation's pages land in screenshots/organisation/.
test.describe.configure({ mode: 'serial' });

const SECRET_NOTE = 'Vertrouwelijke toelichting van de eigenaar';

interface Organisation {
	name: string;
	beheerder: Page;
	begeleider: Page;
	meekijker: Page;
	room: SeededRoom;
	feed: string;
}

async function laptop(browser: Browser, name: string) {
	const page = await (await facilitatorContext(browser)).newPage();
	const email = await signUp(page, name);
	return { page, email };
}

/** The beheerder invites an address on the organisation page: the link to hand over. */
async function invite(beheerder: Page, email: string, role: string) {
	await open(beheerder, '/organisation');
	await beheerder.getByLabel('E-mailadres').fill(email);
	await beheerder.getByLabel('Rol', { exact: true }).selectOption(role);
	await beheerder.getByRole('button', { name: 'Uitnodigen' }).click();
	await expect(beheerder.getByTestId('organisation-invitation')).toContainText(email);
	return beheerder.getByLabel('Uitnodigingslink').inputValue();
}

async function accept(page: Page, link: string, organisation: string) {
	await open(page, new URL(link).pathname);
	await expect(
		page.getByRole('heading', { name: `Uitnodiging voor ${organisation}` })
	).toBeVisible();
	await page.getByRole('button', { name: 'Accepteren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: organisation })).toBeVisible();
}

async function organisation(
	browser: Browser,
	name: string,
	people: string[]
): Promise<Organisation> {
	const [beheer, begeleid, kijk] = await Promise.all(people.map((who) => laptop(browser, who)));
	await open(beheer!.page, '/organisation');
	await beheer!.page.getByLabel('Naam van de organisatie').fill(name);
	await beheer!.page.getByRole('button', { name: 'Organisatie oprichten' }).click();
	await expect(beheer!.page.getByTestId('my-role')).toContainText('Uw rol: beheerder');
	await accept(begeleid!.page, await invite(beheer!.page, begeleid!.email, 'begeleider'), name);
	await accept(kijk!.page, await invite(beheer!.page, kijk!.email, 'meekijker'), name);

	const room = await seedRoom(begeleid!.page, {
		title: `Slimme camera's van ${name}`,
		people: 4,
		cardsPerKind: 2,
		signedIn: true
	});
	const commitments = (
		(await room.dashboard.emitWithAck('state:sync', {})) as {
			data: { state: { commitments: { id: string }[] } };
		}
	).data.state.commitments;
	await room.send(room.dashboard, 'commitment:update', {
		id: commitments[0]!.id,
		note: `${SECRET_NOTE} (${name})`
	});
	const base = new URL(begeleid!.page.url()).origin;
	const made = await begeleid!.page.request.post(`/workshops/${room.workshop.id}/actions?/feed`, {
		form: {},
		headers: { origin: base, 'x-sveltekit-action': 'true' }
	});
	const feed = /\/feeds\/[a-z2-7]+\.ics/.exec(await made.text())?.[0];
	if (!feed) throw new Error('no feed address');
	return {
		name,
		beheerder: beheer!.page,
		begeleider: begeleid!.page,
		meekijker: kijk!.page,
		room,
		feed
	};
}

let a: Organisation;
let b: Organisation;

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	a = await organisation(browser, 'Gemeente Amersfoort', [
		'Anne Beheer',
		'Bas Begeleider',
		'Kim Meekijker'
	]);
	b = await organisation(browser, 'Provincie Utrecht', [
		'Bert Beheer',
		'Bo Begeleider',
		'Kees Kijker'
	]);
});
test.afterAll(() => {
	a?.room.close();
	b?.room.close();
});

test('two organisations share nothing: pages, downloads, sockets and feeds', async ({
	baseURL
}) => {
	const theirs = b.room.workshop.id;
	const origin = { origin: baseURL! };
	for (const page of [a.beheerder, a.begeleider, a.meekijker]) {
		for (const path of [
			`/workshops/${theirs}`,
			`/workshops/${theirs}/actions`,
			`/workshops/${theirs}/beamer`,
			`/workshops/${theirs}/algoritmeregister`,
			`/organisation/workshops/${theirs}`
		]) {
			expect((await page.request.get(path)).status(), path).toBe(404);
		}
		for (const path of [
			`/workshops/${theirs}/export/json`,
			`/workshops/${theirs}/progress.pdf`,
			`/organisation/workshops/${theirs}/progress.pdf`,
			`/organisation/workshops/${theirs}/algoritmeregister.json`
		]) {
			const response = await page.request.post(path, { form: {}, headers: origin });
			expect(response.status(), path).toBe(404);
		}
		// The organisation's register, its CSV and its list of workshops name only its own.
		for (const path of [
			'/register?view=organisation',
			'/register/register.csv?view=organisation',
			'/organisation/workshops'
		]) {
			const body = await (await page.request.get(path)).text();
			// The workshops' titles name their organisation.
			expect(body, path).toContain('van Gemeente Amersfoort');
			expect(body, path).not.toContain('Provincie Utrecht');
			expect(body, path).not.toContain(SECRET_NOTE);
		}
		// A dashboard's socket for the other organisation's workshop is refused.
		const session = (await page.context().cookies()).find((c) => c.name === 'gdb-session')!;
		await expect(
			connect(baseURL!, { workshopId: theirs, view: 'dashboard' }, `gdb-session=${session.value}`)
		).rejects.toThrow();
	}
	// Each calendar feed carries its own organisation's commitments only.
	const feedA = await (await a.meekijker.request.get(a.feed)).text();
	const feedB = await (await a.meekijker.request.get(b.feed)).text();
	expect(feedA).toContain("X-WR-CALNAME:Slimme camera's van Gemeente Amersfoort");
	expect(feedA).not.toContain('Provincie Utrecht');
	expect(feedB).not.toContain('Amersfoort');
});

test('a meekijker reads the commitments, never the room; a beheerder’s changes are logged', async ({
	baseURL
}) => {
	const ours = a.room.workshop.id;
	const kim = a.meekijker;
	// No workshops of their own to make, and the room stays closed.
	await open(kim, '/workshops');
	await expect(kim.getByRole('link', { name: 'Nieuwe workshop' })).toHaveCount(0);
	expect((await kim.request.get('/workshops/new')).status()).toBe(403);
	for (const path of [`/workshops/${ours}`, `/workshops/${ours}/actions`]) {
		expect((await kim.request.get(path)).status(), path).toBe(404);
	}
	// The register of the organisation: ten commitments, no notes; the CSV has no note column.
	await open(kim, '/register?view=organisation');
	await expect(kim.getByTestId('register-count')).toContainText('10 van 10 afspraken');
	await expect(kim.getByTestId('register')).not.toContainText(SECRET_NOTE);
	const csv = await (await kim.request.get('/register/register.csv?view=organisation')).text();
	expect(csv.split('\n')[0]).not.toContain('Toelichting');
	expect(csv.trim().split('\n')).toHaveLength(11);
	// The workshop's overview, the organisation's copy of its progress report, the register draft.
	await kim
		.getByRole('link', { name: /Slimme camera's van Gemeente Amersfoort/ })
		.first()
		.click();
	await expect(kim.getByTestId('overseen-commitments').getByRole('listitem')).toHaveCount(10);
	await expect(kim.locator('main')).not.toContainText('Deelnemer');
	const pdf = await kim.request.post(`/organisation/workshops/${ours}/progress.pdf`, {
		form: {},
		headers: { origin: baseURL! }
	});
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	const draft = await kim.request.post(`/organisation/workshops/${ours}/algoritmeregister.json`, {
		form: {},
		headers: { origin: baseURL! }
	});
	expect(Object.keys(await draft.json())).toContain('proportionality');

	// Kim may not manage: the audit log and the beheerder's actions are closed.
	expect((await kim.request.get('/organisation/audit')).status()).toBe(403);
	const refused = await kim.request.post('/organisation?/retention', {
		form: { days: '30' },
		headers: { origin: baseURL!, 'x-sveltekit-action': 'true' }
	});
	expect(refused.status()).toBe(403);
	expect(await refused.text()).toContain('Dit mag alleen een beheerder van de organisatie.');

	// The beheerder takes the begeleider out: their workshop stays the organisation's, their
	// access to it ends (page and socket).
	const anne = a.beheerder;
	await open(anne, '/organisation');
	await anne
		.getByTestId('members')
		.getByRole('listitem')
		.filter({ hasText: 'Bas Begeleider' })
		.getByRole('button', { name: /Uit organisatie halen/ })
		.click();
	await expect(anne.getByTestId('members')).not.toContainText('Bas Begeleider');
	expect((await a.begeleider.request.get(`/workshops/${ours}`)).status()).toBe(404);
	const session = (await a.begeleider.context().cookies()).find((c) => c.name === 'gdb-session')!;
	await expect(
		connect(baseURL!, { workshopId: ours, view: 'dashboard' }, `gdb-session=${session.value}`)
	).rejects.toThrow();
	await open(kim, '/organisation/workshops');
	await expect(kim.getByTestId('organisation-workshops')).toContainText('Gemeente Amersfoort');

	// The audit log: who did what, on the page and in both downloads.
	await open(anne, '/organisation/audit');
	const log = anne.getByTestId('audit');
	await expect(log.getByRole('listitem').first()).toContainText('Uit organisatie gehaald');
	await expect(log.getByRole('listitem').first()).toContainText('Bas Begeleider');
	await expect(log).toContainText('Organisatie opgericht');
	const json = await (await anne.request.get('/organisation/audit/audit.json')).json();
	expect(json.organisation).toBe('Gemeente Amersfoort');
	expect(json.lines.map((l: { action: string }) => l.action)).toEqual([
		'member_removed',
		'member_joined',
		'member_invited',
		'member_joined',
		'member_invited',
		'organisation_founded'
	]);
	const auditCsv = await (await anne.request.get('/organisation/audit/audit.csv')).text();
	expect(auditCsv.split('\n')[0]).toContain('Wanneer;Wie;Wat;Over;Toelichting');
	expect(auditCsv).not.toContain('Provincie Utrecht');
});

test('the organisation’s templates: a beheerder shares one, a member’s new workshop starts from it', async ({
	baseURL
}) => {
	const anne = a.beheerder;
	const origin = { origin: baseURL! };
	// The beheerder's own template of CODIO: the shipped one with a first step of 17 minutes.
	const own = await createWorkshop(anne, 'Bron van het sjabloon van de organisatie');
	const template = await (await anne.request.get(`/workshops/${own.id}/template.json`)).json();
	template.steps[0].minutes = 17;
	const saved = await anne.request.post('/library?/save', {
		form: { json: JSON.stringify(template) },
		headers: origin
	});
	expect(saved.ok()).toBe(true);
	await open(anne, '/library');
	await anne.getByRole('button', { name: 'Mijn sjabloon instellen voor de organisatie' }).click();
	await expect(anne.getByTestId('library-organisation')).toContainText('(CODIO)');

	// Kim becomes a begeleider (by hand: audited), sees the template and starts from it.
	await open(anne, '/organisation');
	await anne.getByLabel('Rol van Kim Meekijker').selectOption('begeleider');
	await anne
		.getByTestId('members')
		.getByRole('listitem')
		.filter({ hasText: 'Kim Meekijker' })
		.getByRole('button', { name: 'Rol opslaan' })
		.click();
	await expect(anne.getByRole('status')).toHaveText('Opgeslagen');
	const kim = a.meekijker;
	await open(kim, '/library');
	await expect(kim.getByTestId('library-methods')).toContainText('sjabloon van de organisatie');
	const theirs = await createWorkshop(kim, 'Werkt met het sjabloon van de organisatie');
	const started = await (await kim.request.get(`/workshops/${theirs.id}/template.json`)).json();
	expect(started.steps[0].minutes).toBe(17);
	// Another organisation's member does not see it, and starts as shipped.
	await open(b.begeleider, '/library');
	await expect(b.begeleider.getByTestId('library-organisation')).toHaveCount(0);
	const json = await (await anne.request.get('/organisation/audit/audit.json')).json();
	expect(json.lines.slice(0, 2).map((l: { action: string }) => l.action)).toEqual([
		'role_changed',
		'template_set'
	]);
});

const SIZES = [
	{ width: 360, height: 800 },
	{ width: 320, height: 640 },
	{ width: 1280, height: 800 }
];

test('the organisation’s pages, looked at and checked with axe at every size', async () => {
	mkdirSync('screenshots/organisation', { recursive: true });
	const ours = a.room.workshop.id;
	const views: [Page, string, string][] = [
		[a.beheerder, '/organisation', 'beheer'],
		[a.beheerder, '/organisation/audit', 'audit'],
		[a.meekijker, '/organisation', 'meekijker'],
		[a.meekijker, '/register?view=organisation', 'register'],
		[a.meekijker, '/organisation/workshops', 'workshops'],
		[a.meekijker, `/organisation/workshops/${ours}`, 'workshop'],
		[a.begeleider, '/organisation', 'geen-organisatie']
	];
	for (const [page, path, name] of views) {
		for (const size of SIZES) {
			await page.setViewportSize(size);
			await open(page, path);
			const sideways = await page.evaluate(
				() => document.documentElement.scrollWidth > document.documentElement.clientWidth
			);
			expect(sideways, `${name} at ${size.width}`).toBe(false);
			await page.screenshot({
				path: `screenshots/organisation/${name}-${size.width}x${size.height}.png`,
				fullPage: true
			});
		}
		await expectNoAxeViolations(page);
	}
});
