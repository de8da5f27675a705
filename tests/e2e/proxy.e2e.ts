import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { createWorkshop, open, signUp } from '../fixtures';
import { makeTestCertificate } from './tls';

// The app behind nginx terminating TLS, with deploy/nginx/goed-digitaal-bestuur.conf as shipped
// (only its host name, certificate paths and ports replaced): a facilitator signs in, a phone
// joins, its socket upgrades to a WebSocket through the proxy, and the cookies are secure.
const APP_PORT = 4193;
const HTTPS_PORT = 8443;
const HTTP_PORT = 8080;
const BASE = `https://localhost:${HTTPS_PORT}`;
const DIR = resolve(`data/proxy-${process.pid}`);

function nginxConfig(): string {
	const site = readFileSync('deploy/nginx/goed-digitaal-bestuur.conf', 'utf8')
		.replaceAll('goed-digitaal-bestuur.gemeente.example', 'localhost')
		.replace('/etc/ssl/certs/goed-digitaal-bestuur.pem', join(DIR, 'cert.pem'))
		.replace('/etc/ssl/private/goed-digitaal-bestuur.key', join(DIR, 'key.pem'))
		.replace('server 127.0.0.1:3000;', `server 127.0.0.1:${APP_PORT};`)
		.replace('listen 443 ssl http2;', `listen ${HTTPS_PORT} ssl http2;`)
		.replace('listen 80;', `listen ${HTTP_PORT};`);
	expect(site).toContain(`listen ${HTTPS_PORT} ssl`);
	expect(site).toContain(`server 127.0.0.1:${APP_PORT};`);
	writeFileSync(join(DIR, 'site.conf'), site);
	return `pid ${join(DIR, 'nginx.pid')};
error_log ${join(DIR, 'error.log')};
events {}
http {
	access_log ${join(DIR, 'access.log')};
	client_body_temp_path ${DIR};
	proxy_temp_path ${DIR};
	include ${join(DIR, 'site.conf')};
}
`;
}

async function until(url: string, ok: (status: number) => boolean) {
	for (let i = 0; i < 150; i++) {
		try {
			if (ok((await fetch(url, { redirect: 'manual' })).status)) return;
		} catch {
			// not yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${url} did not come up`);
}

test('behind nginx with TLS: sign in, a phone joins over a WebSocket, cookies are secure', async ({
	browser
}) => {
	test.setTimeout(90_000);
	rmSync(DIR, { recursive: true, force: true });
	mkdirSync(DIR, { recursive: true });
	makeTestCertificate(DIR);
	writeFileSync(join(DIR, 'nginx.conf'), nginxConfig());
	execFileSync('nginx', ['-t', '-c', join(DIR, 'nginx.conf')], { stdio: 'pipe' });

	let app: ChildProcess | undefined;
	let nginx: ChildProcess | undefined;
	try {
		app = spawn('node', ['server.js'], {
			env: {
				...process.env,
				PORT: String(APP_PORT),
				HOST: '127.0.0.1',
				ORIGIN: BASE,
				ADDRESS_HEADER: 'X-Forwarded-For',
				XFF_DEPTH: '1',
				DATABASE_PATH: join(DIR, 'app.sqlite'),
				LOG_FILE: join(DIR, 'app.log')
			},
			stdio: 'ignore'
		});
		nginx = spawn('nginx', ['-c', join(DIR, 'nginx.conf'), '-g', 'daemon off;'], {
			stdio: 'ignore'
		});
		await until(`http://127.0.0.1:${APP_PORT}/readyz`, (s) => s === 200);
		await until(`http://localhost:${HTTP_PORT}/`, (s) => s === 301);

		const laptop = await browser.newContext({
			baseURL: BASE,
			ignoreHTTPSErrors: true,
			viewport: { width: 1280, height: 800 }
		});
		const dashboard = await laptop.newPage();
		await signUp(dashboard);
		const workshop = await createWorkshop(dashboard, 'Achter de proxy');
		const session = (await laptop.cookies()).find((c) => c.name === 'gdb-session');
		expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
		await expect(dashboard.getByTestId('connection-status')).toHaveAttribute(
			'data-status',
			'online'
		);

		const phoneContext = await browser.newContext({
			baseURL: BASE,
			ignoreHTTPSErrors: true,
			viewport: { width: 360, height: 740 },
			isMobile: true,
			hasTouch: true
		});
		const phone = await phoneContext.newPage();
		await open(phone, `/j/${workshop.code}`);
		await phone.getByLabel('Uw naam').fill('Telefoon achter de proxy');
		await phone.getByRole('button', { name: 'Deelnemen' }).tap();
		await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
		const participant = (await phoneContext.cookies()).find((c) => c.name.startsWith('gdb-p-'));
		expect(participant?.secure).toBe(true);
		await expect(
			dashboard.getByTestId('participants').getByText('Telefoon achter de proxy')
		).toBeVisible();

		await laptop.close();
		await phoneContext.close();
		// nginx logs a WebSocket when it closes: the sockets upgraded (101), not long-polling only.
		const upgrades = () =>
			readFileSync(join(DIR, 'access.log'), 'utf8')
				.split('\n')
				.filter((l) => l.includes('transport=websocket') && / 101 /.test(l));
		await expect.poll(() => upgrades().length).toBeGreaterThanOrEqual(2);
		// The app saw the request ids nginx made.
		expect(readFileSync(join(DIR, 'app.log'), 'utf8')).toMatch(/"reqId":"[0-9a-f]{32}"/);
	} finally {
		nginx?.kill('SIGQUIT');
		app?.kill('SIGTERM');
	}
});
