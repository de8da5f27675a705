import { expect, test, type Page, type WebSocketRoute } from '@playwright/test';
import { createWorkshop, facilitatorContext, open, phoneContext, signUp } from '../fixtures';

/**
 * A phone's network, under the test's control: the live connection (WebSocket, and long-polling
 * should the client fall back to it) goes through here. Cutting it drops every message both ways
 * without closing anything, as a dead wifi or a tunnel does; new connections fail while it is cut.
 */
async function network(page: Page) {
	let cut = false;
	await page.routeWebSocket(/\/socket\.io\//, (client: WebSocketRoute) => {
		if (cut) return client.close();
		const server = client.connectToServer();
		client.onMessage((message) => {
			if (!cut) server.send(message);
		});
		server.onMessage((message) => {
			if (!cut) client.send(message);
		});
	});
	await page.route(/\/socket\.io\//, (route) =>
		cut ? route.abort('internetdisconnected') : route.continue()
	);
	return {
		cut: () => void (cut = true),
		restore: () => void (cut = false)
	};
}

/**
 * A phone whose server is slow to answer: what the server sends (its heartbeats too) is held back
 * while `hold` lasts, then delivered in order, as from a server too busy to write for a while.
 * Counts the connections the phone opens.
 */
async function slowServer(page: Page) {
	let held: (() => void)[] | null = null;
	let connections = 0;
	await page.routeWebSocket(/\/socket\.io\//, (client: WebSocketRoute) => {
		connections++;
		const server = client.connectToServer();
		client.onMessage((message) => server.send(message));
		server.onMessage((message) => {
			if (held) held.push(() => client.send(message));
			else client.send(message);
		});
	});
	return {
		connections: () => connections,
		hold: () => void (held = []),
		release: () => {
			const waiting = held ?? [];
			held = null;
			for (const deliver of waiting) deliver();
		}
	};
}

test('a phone that loses its network says so within 5 s, keeps its writes and sends each once', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const laptop = await facilitatorContext(browser);
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard, 'Onderweg');
	await dashboard.getByRole('button', { name: 'Volgende stap' }).click();

	const phone = await (await phoneContext(browser)).newPage();
	const net = await network(phone);
	await open(phone, workshop.joinUrl);
	await phone.getByLabel('Uw naam').fill('Zoë');
	await phone.getByRole('button', { name: 'Deelnemen' }).tap();
	const status = phone.getByTestId('connection-status');
	await expect(status).toHaveAttribute('data-status', 'online');

	// The network dies without a word: the badge tells the truth within 5 seconds.
	net.cut();
	await expect(status).toHaveAttribute('data-status', 'offline', { timeout: 5_000 });
	await expect(status).toHaveText('Verbinding verbroken. We proberen het opnieuw…');

	// Writing goes on: each card waits on the phone, and says so.
	const addCard = async (text: string) => {
		await phone.getByLabel('Uw kaart').fill(text);
		await phone.getByRole('button', { name: 'Kaart toevoegen' }).tap();
		await expect(phone.getByLabel('Uw kaart')).toHaveValue('');
	};
	await addCard('Camera’s zonder bordjes');
	await expect(phone.getByText('Wacht op verbinding: wordt verstuurd')).toBeVisible();
	await addCard('Beelden langer bewaard dan nodig');
	await expect(phone.getByTestId('outbox-waiting')).toHaveText(
		'2 bijdragen wachten op verbinding en worden daarna verstuurd.'
	);
	// Even a reload does not lose them: they are kept on the phone.
	await phone.reload();
	await expect(phone.getByTestId('outbox-waiting')).toHaveText(
		'2 bijdragen wachten op verbinding en worden daarna verstuurd.'
	);

	// The network is back: connected, both sent, each stored once.
	net.restore();
	await expect(status).toHaveAttribute('data-status', 'online', { timeout: 15_000 });
	await expect(phone.getByTestId('outbox-waiting')).toHaveCount(0);
	const stored = dashboard.getByTestId('moderation-stakeholder').getByTestId('card-text');
	await expect(stored.filter({ hasText: 'Camera’s zonder bordjes' })).toHaveCount(1);
	await expect(stored.filter({ hasText: 'Beelden langer bewaard dan nodig' })).toHaveCount(1);
	await expect(
		phone.getByRole('listitem').filter({ hasText: 'Camera’s zonder bordjes' })
	).toHaveCount(1);

	// A write that waited while the facilitator closed the step is refused, and the phone says why.
	net.cut();
	await expect(status).toHaveAttribute('data-status', 'offline', { timeout: 5_000 });
	await addCard('Te laat bedacht');
	await dashboard.getByRole('button', { name: 'Invoer sluiten' }).click();
	// The connection lost a heartbeat's answer on the way: after 10 s of silence the phone
	// replaces it, and the waiting write goes out.
	net.restore();
	await expect(phone.getByRole('alert')).toContainText(
		'Niet opgeslagen: “Te laat bedacht”. De begeleider heeft de invoer voor deze stap gesloten.',
		{ timeout: 15_000 }
	);
	await expect(status).toHaveAttribute('data-status', 'online');
	await expect(stored).toHaveCount(2);
	await phone.getByRole('button', { name: 'Begrepen' }).tap();
	await expect(phone.getByRole('alert')).toHaveCount(0);
	await laptop.close();
});

test('a phone whose server answers late says so, keeps its connection and goes on', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const laptop = await facilitatorContext(browser);
	const dashboard = await laptop.newPage();
	await signUp(dashboard);
	const workshop = await createWorkshop(dashboard, 'Drukke server');
	await dashboard.getByRole('button', { name: 'Volgende stap' }).click();

	const phone = await (await phoneContext(browser)).newPage();
	const server = await slowServer(phone);
	await open(phone, workshop.joinUrl);
	await phone.getByLabel('Uw naam').fill('Zoë');
	await phone.getByRole('button', { name: 'Deelnemen' }).tap();
	const status = phone.getByTestId('connection-status');
	await expect(status).toHaveAttribute('data-status', 'online');
	const opened = server.connections();

	// Nothing from the server for a while: the badge says so within 5 s; a card waits.
	server.hold();
	await expect(status).toHaveAttribute('data-status', 'offline', { timeout: 5_000 });
	await phone.getByLabel('Uw kaart').fill('Camera’s bij de school');
	await phone.getByRole('button', { name: 'Kaart toevoegen' }).tap();
	await expect(phone.getByText('Wacht op verbinding: wordt verstuurd')).toBeVisible();

	// The server catches up: the same connection goes on, the card goes out once.
	server.release();
	await expect(status).toHaveAttribute('data-status', 'online', { timeout: 5_000 });
	await expect(phone.getByTestId('outbox-waiting')).toHaveCount(0);
	const stored = dashboard.getByTestId('moderation-stakeholder').getByTestId('card-text');
	await expect(stored.filter({ hasText: 'Camera’s bij de school' })).toHaveCount(1);
	expect(server.connections()).toBe(opened);
	await laptop.close();
});
