import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open, uniqueEmail } from '../fixtures';
import { problemsIn } from './log-check';
import { makeTestCertificate } from './tls';

// Signing in with the organisation's account against a real OpenID provider (oidc-provider,
// tests/oidc/provider.mjs) on HTTPS with a certificate made here, which the app trusts through
// NODE_EXTRA_CA_CERTS as an installation would trust its organisation's CA. Each test starts the
// app with the settings it needs.
test.describe.configure({ mode: 'serial' });

const DIR = resolve(`data/oidc-${process.pid}`);
const OP_PORT = 4196;
const APP_PORT = 4197;
const APP = `http://localhost:${APP_PORT}`;
const CALLBACK = `${APP}/login/oidc/callback`;
const CLIENT = { id: 'goed-digitaal-bestuur', secret: 'een-geheim-van-de-test-met-genoeg-lengte' };

let running: ChildProcess[] = [];

function started(child: ChildProcess, ready: () => Promise<boolean>): Promise<void> {
	running.push(child);
	return new Promise((resolvePromise, reject) => {
		child.once('exit', (code) => reject(new Error(`exited early (${code})`)));
		const poll = async () => {
			if (await ready().catch(() => false)) resolvePromise();
			else setTimeout(poll, 100);
		};
		void poll();
	});
}

async function startProvider(mode = 'normal') {
	const op = spawn(
		'node',
		[
			'tests/oidc/provider.mjs',
			String(OP_PORT),
			join(DIR, 'cert.pem'),
			join(DIR, 'key.pem'),
			CALLBACK,
			`${APP}/`,
			mode
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	let out = '';
	op.stdout!.on('data', (chunk) => (out += chunk));
	await started(op, async () => out.includes('ready'));
}

async function startApp(env: Record<string, string> = {}) {
	const app = spawn('node', ['server.js'], {
		env: {
			...process.env,
			PORT: String(APP_PORT),
			HOST: '127.0.0.1',
			ORIGIN: APP,
			DATABASE_PATH: join(DIR, 'app.sqlite'),
			LOG_FILE: join(DIR, 'app.log'),
			NODE_EXTRA_CA_CERTS: join(DIR, 'cert.pem'),
			OIDC_ISSUER: `https://localhost:${OP_PORT}`,
			OIDC_CLIENT_ID: CLIENT.id,
			OIDC_CLIENT_SECRET: CLIENT.secret,
			SIGN_IN_SLOWDOWN_MS: '50',
			...env
		},
		stdio: 'ignore'
	});
	await started(app, async () => (await fetch(`${APP}/readyz`)).status === 200);
}

async function stopAll() {
	for (const child of running) child.kill('SIGKILL');
	running = [];
	await new Promise((r) => setTimeout(r, 200));
}

test.beforeAll(() => {
	rmSync(DIR, { recursive: true, force: true });
	mkdirSync(DIR, { recursive: true });
	makeTestCertificate(DIR);
});
test.afterEach(async () => {
	await stopAll();
	// What the provider sent (names, addresses, tokens) stays out of the app's log.
	expect(problemsIn(readFileSync(join(DIR, 'app.log'), 'utf8'))).toEqual([]);
	rmSync(join(DIR, 'app.log'), { force: true });
});

/** At the provider: its own login and consent pages (oidc-provider's built-in ones). */
async function signInAtProvider(page: Page, login: string) {
	await page.waitForURL(/localhost:4196\/interaction\//);
	await page.locator('input[name="login"]').fill(login);
	await page.locator('input[name="password"]').fill('wat-dan-ook');
	await page.locator('button[type="submit"]').click();
	await page.getByRole('button', { name: 'Continue' }).click();
}

async function browserPage(browser: import('@playwright/test').Browser) {
	const context = await browser.newContext({ baseURL: APP, ignoreHTTPSErrors: true });
	return context.newPage();
}

test('first sign-in makes the account; sign-out ends the session here and at the provider', async ({
	browser
}) => {
	await startProvider();
	await startApp();
	const page = await browserPage(browser);
	await open(page, '/login');
	await page.getByRole('link', { name: 'Aanmelden met uw organisatieaccount' }).click();
	await signInAtProvider(page, 'j.jansen');
	await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();
	await expect(page.getByText('Medewerker j.jansen')).toBeVisible();
	const session = (await page.context().cookies()).find((c) => c.name === 'gdb-session');
	expect(session?.httpOnly).toBe(true);

	// The same person again: the same account, not a second one.
	const accounts = () => {
		const db = new Database(join(DIR, 'app.sqlite'), { readonly: true });
		const count = db.prepare('SELECT COUNT(*) FROM facilitators').pluck().get();
		db.close();
		return count;
	};
	expect(accounts()).toBe(1);

	// Sign out: the provider asks to end its session too, then sends the browser back.
	await page.getByRole('button', { name: 'Afmelden' }).click();
	await page.waitForURL(/localhost:4196\/session\/end/);
	await page.getByRole('button', { name: 'Yes, sign me out' }).click();
	await page.waitForURL(`${APP}/`);
	await open(page, '/workshops');
	await expect(page).toHaveURL(/\/login/);

	// Signing in again finds the account by its subject.
	await open(page, '/login');
	await page.getByRole('link', { name: 'Aanmelden met uw organisatieaccount' }).click();
	await signInAtProvider(page, 'j.jansen');
	await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();
	expect(accounts()).toBe(1);
});

test('a replayed callback and a callback from another browser are refused with a clear page', async ({
	browser
}) => {
	await startProvider();
	await startApp();
	const page = await browserPage(browser);
	let callback = '';
	page.on('request', (request) => {
		if (request.url().startsWith(CALLBACK)) callback = request.url();
	});
	await open(page, '/login');
	await page.getByRole('link', { name: 'Aanmelden met uw organisatieaccount' }).click();
	await signInAtProvider(page, 'p.de.vries');
	await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();
	expect(callback).toContain('code=');

	// The same code and state again, in the same browser: used.
	const again = await page.goto(callback);
	expect(again?.status()).toBe(400);
	await expect(
		page.getByRole('heading', { name: 'Aanmelden via uw organisatie is niet gelukt' })
	).toBeVisible();
	await expect(page.getByText('Deze aanmeldpoging is verlopen of al gebruikt.')).toBeVisible();

	// A new sign-in's answer, opened in another browser (no state cookie there): refused.
	await page.context().clearCookies();
	await open(page, '/login');
	await page.getByRole('link', { name: 'Aanmelden met uw organisatieaccount' }).click();
	await page.waitForURL(/localhost:4196\/interaction\//);
	await page.locator('input[name="login"]').fill('p.de.vries');
	await page.locator('input[name="password"]').fill('x');
	// Stop at the callback: take its URL instead of following it.
	await page.route(`${CALLBACK}*`, (route) => route.abort());
	await page.locator('button[type="submit"]').click();
	await page
		.getByRole('button', { name: 'Continue' })
		.click()
		.catch(() => {});
	await expect.poll(() => callback.includes('code=') && !callback.endsWith('used')).toBe(true);
	const stranger = await browserPage(browser);
	const forged = await stranger.goto(callback);
	expect(forged?.status()).toBe(400);
	await expect(
		stranger.getByText('hoort niet bij een aanmeldpoging vanuit deze browser')
	).toBeVisible();
});

for (const [mode, sentence] of [
	['late-clock', 'Het bewijs van uw organisatie was al verlopen'],
	['wrong-audience', 'Het bewijs van uw organisatie was voor een andere toepassing bedoeld']
] as const) {
	test(`an ID token that fails validation (${mode}) is refused with a clear page`, async ({
		browser
	}) => {
		await startProvider(mode);
		await startApp();
		const page = await browserPage(browser);
		await open(page, '/login');
		await page.getByRole('link', { name: 'Aanmelden met uw organisatieaccount' }).click();
		await signInAtProvider(page, 'k.bakker');
		await expect(
			page.getByRole('heading', { name: 'Aanmelden via uw organisatie is niet gelukt' })
		).toBeVisible();
		await expect(page.getByText(sentence)).toBeVisible();
		await open(page, '/workshops');
		await expect(page).toHaveURL(/\/login/);
	});
}

test('an existing password account is linked only after its owner signs in with the password', async ({
	browser
}) => {
	await startProvider();
	await startApp();
	const email = uniqueEmail('bestaand');
	const page = await browserPage(browser);
	await open(page, '/signup');
	await page.getByLabel('Naam').fill('Bestaande Begeleider');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
	await page.getByRole('button', { name: 'Account aanmaken' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();
	await page.getByRole('button', { name: 'Afmelden' }).click();

	await open(page, '/login');
	await page.getByRole('link', { name: 'Aanmelden met uw organisatieaccount' }).click();
	await signInAtProvider(page, email);
	// Not signed in yet: the address belongs to a password account.
	await expect(page.getByText('Er bestaat al een account met het e-mailadres')).toBeVisible();
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
	await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();
	// Signed in with the password: signing out ends only the app's session.
	await page.getByRole('button', { name: 'Afmelden' }).click();
	await page.waitForURL(`${APP}/`);

	// Linked: the organisation's sign-in (still signed in at the provider) opens the same account.
	await open(page, '/login');
	await page.getByRole('link', { name: 'Aanmelden met uw organisatieaccount' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();
	await expect(page.getByText('Bestaande Begeleider')).toBeVisible();
});

test('with passwords switched off: no password form, no sign-up, and a password post is refused', async ({
	browser,
	request
}) => {
	await startProvider();
	await startApp({ PASSWORD_SIGN_IN: 'off', OIDC_LABEL: 'Aanmelden met Gemeente Utrecht' });
	const page = await browserPage(browser);
	await open(page, '/login');
	await expect(page.getByRole('link', { name: 'Aanmelden met Gemeente Utrecht' })).toBeVisible();
	await expect(page.getByLabel('Wachtwoord')).toHaveCount(0);
	await open(page, '/signup');
	await expect(page.getByText('meldt u zich aan met het account van uw organisatie')).toBeVisible();
	const posted = await request.post(`${APP}/login`, {
		form: { email: 'a@b.nl', password: 'een lang wachtwoord' },
		headers: { origin: APP },
		maxRedirects: 0
	});
	expect(posted.status()).toBe(403);
});

test('an unreachable provider: a clear page and one line in the log; passwords still work', async ({
	browser
}) => {
	// No provider listens on this port.
	await startApp({ OIDC_ISSUER: 'https://localhost:4195' });
	const page = await browserPage(browser);
	await open(page, '/login');
	await page.getByRole('link', { name: 'Aanmelden met uw organisatieaccount' }).click();
	await expect(
		page.getByRole('heading', { name: 'Aanmelden via uw organisatie is niet gelukt' })
	).toBeVisible();
	await expect(page.getByText('is nu niet bereikbaar')).toBeVisible();
	const log = readFileSync(join(DIR, 'app.log'), 'utf8');
	expect(log.match(/organisation sign-in unavailable/g)).toHaveLength(1);

	await open(page, '/signup');
	await page.getByLabel('Naam').fill('Met Wachtwoord');
	await page.getByLabel('E-mailadres').fill(uniqueEmail('wachtwoord'));
	await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
	await page.getByRole('button', { name: 'Account aanmaken' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();
});

test('an organisation linked to its tenant takes its staff in with the roles their claims give', async ({
	browser
}) => {
	// Five people sign in through the provider's own pages: about 20 s alone, more on a busy machine.
	test.setTimeout(90_000);
	await startProvider();
	await startApp({
		OIDC_SCOPES: 'openid email profile organisation',
		OIDC_ORGANISATION_CLAIM: 'tid',
		OIDC_ROLES_CLAIM: 'roles'
	});
	const signIn = async (login: string) => {
		const page = await browserPage(browser);
		await open(page, '/login');
		await page.getByRole('link', { name: 'Aanmelden met uw organisatieaccount' }).click();
		await signInAtProvider(page, login);
		await expect(page.getByRole('heading', { name: 'Mijn workshops' })).toBeVisible();
		return page;
	};

	// The first beheerder founds the organisation and links it to the tenant they signed in with;
	// no other tenant is offered.
	const anne = await signIn('beheer.anne');
	await open(anne, '/organisation');
	await anne.getByLabel('Naam van de organisatie').fill('Gemeente Zeist');
	await anne.getByRole('button', { name: 'Organisatie oprichten' }).click();
	const settings = anne.getByTestId('sign-in-settings');
	await expect(settings.getByRole('button', { name: /^Koppelen aan / })).toHaveCount(1);
	await settings.getByRole('button', { name: 'Koppelen aan tenant-gemeente' }).click();
	await expect(settings).toContainText('Medewerkers die zich aanmelden met tenant-gemeente');
	await settings.getByLabel('Rol van wie geen van de claimwaarden').selectOption('none');
	await settings.getByLabel('Claimwaarden voor beheerder').fill('GDB.Beheerder');
	await settings.getByLabel('Claimwaarden voor begeleider').fill('GDB.Begeleider');
	await settings.getByLabel('Claimwaarden voor meekijker').fill('GDB.Meekijker');
	await settings.getByRole('button', { name: 'Aanmeldinstellingen opslaan' }).click();
	await expect(anne.getByRole('status')).toHaveText('Opgeslagen');
	await anne.screenshot({
		path: 'screenshots/organisation/aanmelding-1280x800.png',
		fullPage: true
	});
	await expectNoAxeViolations(anne);

	// Staff of the tenant come in with the role their app roles give, at their first sign-in.
	const kim = await signIn('kijk.kim');
	await expect(kim.getByRole('link', { name: 'Nieuwe workshop' })).toHaveCount(0);
	await open(kim, '/organisation');
	await expect(kim.getByTestId('my-role')).toContainText('Uw rol: meekijker');
	const bas = await signIn('begeleid.bas');
	await open(bas, '/organisation');
	await expect(bas.getByTestId('my-role')).toContainText('Uw rol: begeleider');
	// No mapped role (and the default is "not let in"), or another tenant: no organisation.
	for (const login of ['iemand.anders', 'beheer.piet@provincie.example']) {
		const page = await signIn(login);
		await open(page, '/organisation');
		await expect(page.getByRole('heading', { name: 'Een organisatie oprichten' })).toBeVisible();
	}
	await open(anne, '/organisation');
	await expect(anne.getByTestId('members').getByRole('listitem')).toHaveCount(3);
	await open(anne, '/organisation/audit');
	await expect(
		anne.getByTestId('audit').getByRole('listitem').filter({ hasText: 'Wie: OpenID Connect' })
	).toHaveCount(2);
});
