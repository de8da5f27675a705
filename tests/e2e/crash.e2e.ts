import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createWorkshop, open, phoneContext, signUp } from '../fixtures';

// The server is killed with SIGKILL in the middle of a workshop and started again: every
// acknowledged write is still there, and the screens reconnect by themselves and carry on.
const PORT = 4191;
const BASE = `http://localhost:${PORT}`;
const DATABASE = `data/crash-${process.pid}.sqlite`;

function startServer(): ChildProcess {
	return spawn('node', ['server.js'], {
		env: {
			...process.env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			DATABASE_PATH: DATABASE,
			PRESENCE_GRACE_MS: '1000'
		},
		stdio: 'ignore'
	});
}

async function waitUntilUp() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${BASE}/`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('server did not start');
}

test('a SIGKILL mid-workshop loses no acknowledged write, and everyone reconnects', async ({
	browser
}) => {
	test.setTimeout(120_000);
	rmSync(DATABASE, { force: true });
	let server = startServer();
	try {
		await waitUntilUp();
		const laptop = await browser.newContext({
			baseURL: BASE,
			viewport: { width: 1280, height: 800 }
		});
		const dashboard = await laptop.newPage();
		await signUp(dashboard);
		const workshop = await createWorkshop(dashboard, 'Crashbestendig');
		const phone = await (await phoneContext(browser)).newPage();
		await open(phone, `${BASE}/j/${workshop.code}`);
		await phone.getByLabel('Uw naam').fill('Zoë');
		await phone.getByRole('button', { name: 'Deelnemen' }).tap();
		await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');

		// Acknowledged writes: a card in step 2, two dots in step 3.
		await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
		await phone.getByRole('radio', { name: 'Risico', exact: true }).check();
		await phone.getByLabel('Uw kaart').fill('Camerabeelden lekken uit');
		await phone.getByRole('button', { name: 'Kaart toevoegen' }).tap();
		await expect(phone.getByLabel('Uw kaart')).toHaveValue('');
		await dashboard.getByRole('button', { name: 'Volgende stap' }).click();
		await phone.getByRole('button', { name: 'Stip op Privacy zetten' }).tap();
		await expect(phone.getByTestId('dots-left')).toContainText('Nog 4 van 5');
		await phone.getByRole('button', { name: 'Stip op Privacy zetten' }).tap();
		await expect(phone.getByTestId('dots-left')).toContainText('Nog 3 van 5');

		server.kill('SIGKILL');
		await new Promise((resolve) => server.once('exit', resolve));
		await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'offline');
		await expect(dashboard.getByTestId('connection-status')).toHaveAttribute(
			'data-status',
			'offline'
		);

		server = startServer();
		await waitUntilUp();
		// Nobody reloads: the sockets come back by themselves and resync from SQLite.
		await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'online', {
			timeout: 20_000
		});
		await expect(dashboard.getByTestId('connection-status')).toHaveAttribute(
			'data-status',
			'online',
			{ timeout: 20_000 }
		);
		await expect(phone.getByTestId('dots-left')).toContainText('Nog 3 van 5');
		await expect(dashboard.getByTestId('vote-bars')).toContainText('Privacy');
		await expect(dashboard.getByTestId('vote-bars').getByRole('listitem').first()).toContainText(
			'2 stippen van 1 deelnemer'
		);

		// And carry on.
		await phone.getByRole('button', { name: 'Stip op Transparantie zetten' }).tap();
		await expect(phone.getByTestId('dots-left')).toContainText('Nog 2 van 5');
		await dashboard.getByRole('button', { name: 'Vorige stap' }).click();
		await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Casus verkennen');
		await expect(phone.getByTestId('cards-risk')).toContainText('Camerabeelden lekken uit');
		await laptop.close();
	} finally {
		server.kill('SIGTERM');
	}
});
