import { expect, test } from '@playwright/test';
import { createWorkshop, facilitatorContext, open, phoneContext, signUp } from '../fixtures';

test('co-facilitators take over, strangers get nothing, the door closes and a participant can be removed', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const ownerDevice = await facilitatorContext(browser);
	const owner = await ownerDevice.newPage();
	const ownerEmail = await signUp(owner, 'Anne de Vries');
	const workshop = await createWorkshop(owner, 'Slimme lantaarnpalen');

	const colleagueDevice = await facilitatorContext(browser);
	const colleague = await colleagueDevice.newPage();
	const colleagueEmail = await signUp(colleague, 'Bas Jansen');

	// Before the invitation the colleague is a stranger: every route of the workshop is closed.
	for (const path of ['', '/beamer', '/actions', '/settings', '/qr.svg']) {
		const response = await colleague.request.get(`/workshops/${workshop.id}${path}`);
		expect(response.status(), path).toBe(404);
	}
	// Documents are handed out by a POST (each is recorded); a stranger's gets a 404 too.
	const origin = { origin: baseURL! };
	for (const path of ['/export/pdf', '/export/json', '/progress.pdf']) {
		const response = await colleague.request.post(`/workshops/${workshop.id}${path}`, {
			form: {},
			headers: origin
		});
		expect(response.status(), path).toBe(404);
	}
	const anonymous = await browser.newContext();
	expect(
		(
			await anonymous.request.post(`${baseURL}/workshops/${workshop.id}/export/pdf`, {
				form: {},
				headers: origin
			})
		).status()
	).toBe(401);
	await anonymous.close();

	// The owner invites the colleague, who accepts and can then run the workshop from another
	// laptop. Whether an address has an account is never told: every invitation is a link.
	await owner.getByRole('link', { name: 'Instellingen', exact: true }).click();
	await expect(
		owner.getByRole('heading', { level: 1, name: /Instellingen van de workshop/ })
	).toBeVisible();
	await owner.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const invite = async (email: string) => {
		await owner.getByLabel('E-mailadres van de collega').fill(email);
		await owner.getByRole('button', { name: 'Uitnodigen' }).click();
		await expect(owner.getByTestId('invitation')).toContainText(`Uitnodiging voor ${email} klaar`);
		return owner.getByLabel('Uitnodigingslink').inputValue();
	};
	const unknownLink = await invite('niemand@gemeente.nl');
	const link = await invite(colleagueEmail);
	expect(new URL(link).pathname).toMatch(/^\/invitations\/[a-z2-7]{32}$/);
	expect(new URL(unknownLink).pathname).toMatch(/^\/invitations\/[a-z2-7]{32}$/);
	await expect(owner.getByTestId('invitations')).toContainText('niemand@gemeente.nl');
	// Not in before saying yes.
	await expect(owner.getByTestId('cofacilitators')).not.toContainText('Bas Jansen');
	expect((await colleague.request.get(`/workshops/${workshop.id}`)).status()).toBe(404);
	await owner.getByRole('button', { name: /^Intrekken\s*: niemand@gemeente\.nl$/ }).click();
	await expect(owner.getByTestId('invitations')).not.toContainText('niemand@gemeente.nl');
	expect((await colleague.request.get(new URL(unknownLink).pathname)).status()).toBe(404);

	await open(colleague, new URL(link).pathname);
	await expect(colleague.getByText('Anne de Vries nodigt u uit')).toBeVisible();
	await colleague.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
	await expect(
		colleague.getByRole('heading', { level: 1, name: 'Slimme lantaarnpalen' })
	).toBeVisible();
	// A used link is spent.
	expect((await colleague.request.get(new URL(link).pathname)).status()).toBe(404);
	await owner.reload();
	await expect(owner.getByTestId('cofacilitators')).toContainText('Bas Jansen');

	const phone = await (await phoneContext(browser)).newPage();
	await open(phone, workshop.joinUrl);
	await phone.getByLabel('Uw naam').fill('Zoë');
	await phone.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');

	await ownerDevice.close(); // the owner's laptop dies
	await open(colleague, '/workshops');
	await colleague.getByRole('link', { name: 'Open Slimme lantaarnpalen' }).click();
	await expect(colleague.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
	await colleague.getByRole('button', { name: 'Volgende stap' }).click();
	await expect(phone.getByTestId('step-number')).toHaveText('Stap 2 van 6');
	await open(colleague, `/workshops/${workshop.id}/settings`);
	await expect(colleague.getByText('Alleen de eigenaar kan de workshop verwijderen')).toBeVisible();
	await expect(colleague.getByText('Alleen de eigenaar nodigt collega’s uit')).toBeVisible();
	await colleague.getByRole('link', { name: 'Terug naar het dashboard' }).click();
	await expect(colleague.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');

	// The owner signs in on a new laptop and is back in charge.
	const newLaptop = await facilitatorContext(browser);
	const ownerAgain = await newLaptop.newPage();
	await open(ownerAgain, `/workshops/${workshop.id}`);
	await expect(ownerAgain).toHaveURL(/\/login\?redirectTo=/);
	await ownerAgain.getByLabel('E-mailadres').fill(ownerEmail);
	await ownerAgain.getByLabel('Wachtwoord').fill('een lang wachtwoord');
	await ownerAgain.getByRole('button', { name: 'Aanmelden', exact: true }).click();
	await expect(
		ownerAgain.getByRole('heading', { level: 1, name: 'Slimme lantaarnpalen' })
	).toBeVisible();
	await expect(ownerAgain.getByTestId('connection-status')).toHaveAttribute(
		'data-status',
		'online'
	);
	await expect(ownerAgain.getByTestId('dashboard-current-step')).toContainText('Stap 2 van 6');

	// Close the door: newcomers are refused, people already in stay in.
	await colleague.getByRole('button', { name: 'Deelname sluiten' }).click();
	await expect(colleague.getByTestId('join-lock-state')).toHaveText(
		'Gesloten voor nieuwe deelnemers'
	);
	const latecomer = await (await phoneContext(browser)).newPage();
	await open(latecomer, workshop.joinUrl);
	await expect(
		latecomer.getByText('Deze workshop is gesloten voor nieuwe deelnemers')
	).toBeVisible();
	await latecomer.getByRole('button', { name: 'Deelnemen' }).tap();
	await expect(latecomer.getByRole('alert')).toContainText('gesloten');
	await phone.reload();
	await expect(phone.getByTestId('participant-name')).toHaveText('U doet mee als Zoë');

	// Remove a participant: their phone is cut off and their cookie no longer works.
	colleague.once('dialog', (dialog) => dialog.accept());
	await colleague.getByRole('button', { name: 'Zoë verwijderen' }).click();
	await expect(colleague.getByTestId('participant-count')).toHaveText('0 van 0 aanwezig');
	await expect(phone.getByTestId('connection-status')).not.toHaveAttribute('data-status', 'online');
	await phone.reload();
	await expect(phone.getByLabel('Uw naam')).toBeVisible();

	// The owner takes the colleague's access away: the open dashboard is closed at once.
	await open(ownerAgain, `/workshops/${workshop.id}/settings`);
	await ownerAgain.getByRole('button', { name: /^Toegang intrekken\s*: Bas Jansen$/ }).click();
	await expect(ownerAgain.getByText('Toegang ingetrokken')).toBeVisible();
	await expect(colleague.getByTestId('connection-status')).not.toHaveAttribute(
		'data-status',
		'online'
	);
	expect((await colleague.request.get(`/workshops/${workshop.id}`)).status()).toBe(404);

	// The owner deletes the workshop: it is gone for everyone.
	await open(ownerAgain, `/workshops/${workshop.id}/settings`);
	await ownerAgain.getByRole('button', { name: 'Definitief verwijderen' }).click();
	await expect(ownerAgain.getByText('Vink aan dat u de workshop wilt verwijderen')).toBeVisible();
	await ownerAgain.getByLabel('Ja, verwijder deze workshop met alles wat erin staat').check();
	await ownerAgain.getByRole('button', { name: 'Definitief verwijderen' }).click();
	await expect(ownerAgain).toHaveURL(/\/workshops$/);
	await expect(ownerAgain.getByText('Slimme lantaarnpalen')).toHaveCount(0);
	expect((await phone.request.get(workshop.joinUrl)).status()).toBe(404);
	await newLaptop.close();
});

test('security headers are sent and hostile form posts never break the server', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const home = await page.request.get('/');
	const headers = home.headers();
	expect(headers['content-security-policy']).toContain("script-src 'self'");
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');

	const email = await signUp(page);
	const workshop = await createWorkshop(page, 'Fuzz');
	// Pages with personal or secret data are kept in no cache.
	for (const path of [
		'/register',
		'/library',
		`/workshops/${workshop.id}/actions`,
		`/workshops/${workshop.id}/preparation`,
		'/invitations/0123456789abcdef0123456789abcdef'
	]) {
		const response = await page.request.get(path);
		expect(response.headers()['cache-control'], path).toBe('private, no-store');
		expect(response.headers()['referrer-policy'], path).toBe('same-origin');
	}
	// Names every object inherits are no route's actions: refused like any unknown action.
	for (const name of [
		'constructor',
		'valueOf',
		'__proto__',
		'default',
		'toString',
		'hasOwnProperty'
	]) {
		for (const path of ['/login', `/workshops/${workshop.id}/actions`]) {
			const response = await page.request.post(`${path}?/${name}`, {
				form: { email },
				headers: { origin: baseURL! },
				maxRedirects: 0
			});
			expect(response.status(), `${path}?/${name}`).toBe(404);
		}
	}
	const targets = [
		'/?/join',
		'/login',
		'/signup',
		'/workshops/new',
		`/j/${workshop.code}?/join`,
		`/workshops/${workshop.id}/settings?/invite`,
		`/workshops/${workshop.id}/settings?/retention`,
		`/workshops/${workshop.id}/settings?/delete`,
		`/workshops/${workshop.id}/actions?/update`,
		'/workshops/import',
		'/language'
	];
	const hostile = [
		'',
		' ',
		'A'.repeat(10_000),
		'<script>alert(1)</script>',
		"'; DROP TABLE workshops; --",
		'=HYPERLINK("x")',
		'\u0000',
		'-1',
		'99999999999',
		'null',
		'{"__proto__":{}}'
	];
	const fields = [
		'code',
		'email',
		'password',
		'displayName',
		'title',
		'organisation',
		'caseDescription',
		'scheduledOn',
		'language',
		'id',
		'owner',
		'dueOn',
		'status',
		'retentionDays',
		'confirm',
		'locale',
		'redirectTo',
		'archive',
		'__proto__'
	];
	// The e2e server's own database, read-only: hostile posts must not add accounts, nor add or
	// change this facilitator's workshops, commitments or co-facilitators. (Other tests write to
	// the same database meanwhile, so only what these posts could touch is counted. Participants
	// may be added: a name like "'; DROP TABLE workshops; --" is a valid name, kept as text.)
	const { default: Database } = await import('better-sqlite3');
	const db = new Database('data/e2e.sqlite', { readonly: true });
	const ownerId = db.prepare('SELECT id FROM facilitators WHERE email = ?').pluck().get(email);
	const mine = 'SELECT id FROM workshops WHERE owner_id = ?';
	const rows = () =>
		[
			db
				.prepare(
					`SELECT COUNT(*) FROM facilitators WHERE email IN (${hostile.map(() => '?').join(',')})`
				)
				.pluck()
				.get(...hostile),
			db.prepare(`SELECT COUNT(*) FROM (${mine})`).pluck().get(ownerId),
			db
				.prepare(
					`SELECT group_concat(title || organisation || scheduled_on) FROM workshops WHERE owner_id = ?`
				)
				.pluck()
				.get(ownerId),
			db
				.prepare(`SELECT COUNT(*) FROM commitments WHERE workshop_id IN (${mine})`)
				.pluck()
				.get(ownerId),
			db
				.prepare(`SELECT COUNT(*) FROM workshop_facilitators WHERE workshop_id IN (${mine})`)
				.pluck()
				.get(ownerId)
		].join(',');
	const before = rows();
	let posts = 0;
	for (const target of targets) {
		for (let i = 0; i < 100; i++) {
			const form: Record<string, string> = {};
			for (const [j, field] of fields.entries()) {
				if ((i + j) % 3 !== 0) form[field] = hostile[(i * 7 + j * 3) % hostile.length]!;
			}
			if (target.endsWith('?/delete')) delete form.confirm;
			const response = await page.request.post(target, {
				form,
				headers: { origin: baseURL! },
				maxRedirects: 0
			});
			expect(response.status(), `${target} ${JSON.stringify(form).slice(0, 80)}`).toBeLessThan(500);
			posts++;
		}
	}
	expect(posts).toBe(targets.length * 100);
	expect(rows()).toBe(before);
	db.close();
	// Still up, and the workshop still there.
	await open(page, `/workshops/${workshop.id}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Fuzz' })).toBeVisible();
});

test('a body that is not a form gets a 400 page that says so, on every form', async ({
	page,
	baseURL
}) => {
	await signUp(page);
	const workshop = await createWorkshop(page, 'Geen formulier');
	const targets = [
		'/?/join',
		'/login',
		'/signup',
		'/workshops/new',
		`/j/${workshop.code}?/join`,
		`/workshops/${workshop.id}/settings?/invite`,
		`/workshops/${workshop.id}/settings?/retention`,
		`/workshops/${workshop.id}/settings?/delete`,
		`/workshops/${workshop.id}/actions?/update`,
		'/workshops/import',
		'/language'
	];
	const bodies = [
		{ 'content-type': 'text/plain', data: 'email=a@b.nl&password=x' },
		{
			'content-type': 'multipart/form-data; boundary=grens',
			data: '--grens\r\nContent-Disposition: form-data; name="title"\r\n\r\nHalf'
		},
		{ 'content-type': 'multipart/form-data', data: 'no boundary at all' }
	];
	for (const target of targets) {
		for (const { 'content-type': type, data } of bodies) {
			const response = await page.request.post(target, {
				data,
				headers: { origin: baseURL!, 'content-type': type, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(response.status(), `${target} ${type}`).toBe(400);
			expect(await response.text(), `${target} ${type}`).toContain(
				'Dit formulier kon niet worden gelezen'
			);
		}
	}
	// Not a form type at all: SvelteKit's own refusal, shown the same calm way.
	const json = await page.request.post('/login', {
		data: { email: 'a@b.nl' },
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(json.status()).toBe(415);
	expect(await json.text()).toContain('Dit formulier kon niet worden gelezen');
});

test('sign-in and the language switch only ever send a browser to a path on this site', async ({
	page,
	baseURL
}) => {
	const email = await signUp(page);
	const here = new URL(baseURL!).origin;
	// Each of these ends on another host once a browser strips or rewrites the odd character.
	const hostile = [
		'/\t/evil.example/',
		'/\n/evil.example/',
		'/\r/evil.example/',
		'/\u3000/evil.example/',
		'/\u00a0/evil.example/',
		'//evil.example/',
		'/\\evil.example/',
		'\\\\evil.example/',
		'https://evil.example/',
		'/%09/evil.example/'
	];
	const expectHere = (location: string | undefined, what: string) => {
		expect(location, what).toBeDefined();
		expect(new URL(location!, baseURL).origin, what).toBe(here);
		expect(location, what).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
	};
	for (const target of hostile) {
		const query = `redirectTo=${encodeURIComponent(target)}`;
		const what = JSON.stringify(target);
		// Signed in already: the login page sends you on at once.
		const signedIn = await page.request.get(`/login?${query}`, { maxRedirects: 0 });
		expect(signedIn.status(), what).toBe(303);
		expectHere(signedIn.headers().location, `GET /login ${what}`);
		// Signing in.
		const signIn = await page.request.post(`/login?${query}`, {
			form: { email, password: 'een lang wachtwoord' },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(signIn.status(), what).toBe(303);
		expectHere(signIn.headers().location, `POST /login ${what}`);
		// Switching language.
		const language = await page.request.post('/language', {
			form: { locale: 'nl', redirectTo: target },
			headers: { origin: baseURL! },
			maxRedirects: 0
		});
		expect(language.status(), what).toBe(303);
		expectHere(language.headers().location, `POST /language ${what}`);
	}
	// A path here still works.
	const back = await page.request.post('/language', {
		form: { locale: 'nl', redirectTo: '/workshops?x=1' },
		headers: { origin: baseURL! },
		maxRedirects: 0
	});
	expect(back.headers().location).toBe('/workshops?x=1');
});

test('the client bundle holds no server code or secrets', async () => {
	const { readdirSync, readFileSync } = await import('node:fs');
	const { join } = await import('node:path');
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else if (entry.name.endsWith('.js')) files.push(join(dir, entry.name));
		}
	};
	walk('build/client');
	expect(files.length).toBeGreaterThan(5);
	const bundle = files.map((file) => readFileSync(file, 'utf8')).join('\n');
	for (const secret of [
		'password_hash',
		'token_hash',
		'better-sqlite3',
		'argon2',
		'DATABASE_PATH',
		'facilitator_sessions',
		'process.env'
	]) {
		expect(bundle, secret).not.toContain(secret);
	}
});
