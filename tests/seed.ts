// A workshop at realistic volume, made through the app's own doors: participants join through
// the join form, and everyone's input arrives over Socket.IO as a phone's or a dashboard's would.
import type { Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { createWorkshop, signUp, type CreatedWorkshop } from './fixtures';

type Reply = { ok: boolean; error?: string; data?: unknown };
type Client = Socket;

export const LONG_WORDS = [
	'gegevensbeschermingseffectbeoordeling',
	'cameratoezichtsysteem',
	'verantwoordelijkheidsverdeling',
	'bestuursrechtelijke',
	'informatiebeveiligingsbeleid',
	'gezichtsherkenningstechnologie',
	'belangenorganisaties',
	'openbareordehandhaving'
];

const SHORT_WORDS = ['de', 'van', 'het', 'voor', 'en', 'bij', 'zonder', 'door'];

/** A sentence of some length with long Dutch words, different for each n. */
export function dutchText(n: number, words = 6 + (n % 9)): string {
	const parts = Array.from({ length: words }, (_, i) =>
		i % 3 === 0
			? LONG_WORDS[(n * 3 + i) % LONG_WORDS.length]!
			: SHORT_WORDS[(n + i * 5) % SHORT_WORDS.length]!
	);
	const sentence = parts.join(' ');
	return (sentence[0]!.toUpperCase() + sentence.slice(1)).slice(0, 270);
}

export interface SeededRoom {
	workshop: CreatedWorkshop;
	base: string;
	/** The dashboard's socket: moves the room, reveals, chooses. */
	dashboard: Client;
	participants: { name: string; cookie: string; client: Client }[];
	/** Sends an event and fails the seeding loudly when it is refused. */
	send(client: Client, event: string, payload: unknown): Promise<unknown>;
	close(): void;
}

/** A socket of a screen (auth: workshop and view), connected. */
export function connect(base: string, auth: object, cookie: string): Promise<Client> {
	return new Promise((resolve, reject) => {
		const client = io(base, {
			auth,
			transports: ['websocket'],
			extraHeaders: { cookie },
			reconnection: false,
			forceNew: true
		});
		client.once('connect', () => resolve(client));
		client.once('connect_error', reject);
	});
}

/** Joins through the join form, as a phone does: the participant's cookie. */
export async function join(base: string, code: string, name: string): Promise<string> {
	const response = await fetch(`${base}/j/${code}?/join`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ displayName: name })
	});
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.find((c) => c.startsWith('gdb-p-'));
	if (!cookie) throw new Error(`${name} could not join (${response.status})`);
	return cookie;
}

/** A step a template may add after the method's own (as an organisation's library would). */
export interface ExtraStep {
	kind: string;
	minutes: number;
	title: { nl: string; en: string };
	question: { nl: string; en: string };
	notes: { nl: string; en: string };
}

/** Makes the account's template for CODIO the method's steps plus these, through the library. */
async function addStepsToTemplate(page: Page, steps: ExtraStep[]) {
	const source = await createWorkshop(page, 'Bron van het sjabloon');
	const base = new URL(page.url()).origin;
	const template = await (await page.request.get(`/workshops/${source.id}/template.json`)).json();
	template.steps.push(...steps);
	const saved = await page.request.post(`${base}/library?/save`, {
		form: { json: JSON.stringify(template) },
		headers: { origin: base }
	});
	if (!saved.ok()) throw new Error(`template refused (${saved.status()})`);
}

export async function seedRoom(
	page: Page,
	{
		title = 'Cameratoezicht in de binnenstad',
		people = 40,
		cardsPerKind = 30,
		extraSteps = [] as ExtraStep[],
		/** The page's account is signed in already (e.g. a member of an organisation). */
		signedIn = false
	} = {}
): Promise<SeededRoom> {
	if (!signedIn) await signUp(page);
	if (extraSteps.length > 0) await addStepsToTemplate(page, extraSteps);
	const workshop = await createWorkshop(page, title);
	const base = new URL(page.url()).origin;
	const session = (await page.context().cookies()).find((c) => c.name === 'gdb-session')!;
	const dashboard = await connect(
		base,
		{ workshopId: workshop.id, view: 'dashboard' },
		`gdb-session=${session.value}`
	);
	const send = async (client: Client, event: string, payload: unknown) => {
		const reply = (await client.timeout(10_000).emitWithAck(event, payload)) as Reply;
		if (!reply.ok) throw new Error(`${event} refused: ${reply.error}`);
		return reply.data;
	};
	const names = Array.from({ length: people }, (_, i) =>
		i % 5 === 0 ? `Deelnemer met een lange naam ${i + 1}` : `Deelnemer ${i + 1}`
	);
	const participants: { name: string; cookie: string; client: Client }[] = [];
	for (const name of names) {
		const cookie = await join(base, workshop.code, name);
		const client = await connect(base, { workshopId: workshop.id, view: 'participant' }, cookie);
		participants.push({ name, cookie, client });
	}
	const each = <T>(fn: (p: (typeof participants)[number], i: number) => Promise<T>) =>
		Promise.all(participants.map(fn));
	const step = (n: number) => send(dashboard, 'step:set', { step: n });
	const state = async () => {
		const reply = (await dashboard.emitWithAck('state:sync', {})) as Reply;
		return (reply.data as { state: Record<string, { id: string; [key: string]: unknown }[]> })
			.state;
	};

	// 1. Who is here.
	await each((p, i) =>
		send(p.client, 'profile:set', {
			perspective: i % 3 === 0 ? 'external' : 'internal',
			role: i % 4 === 0 ? 'Adviseur informatiebeveiligingsbeleid' : 'Beleid'
		})
	);
	// 2. Cards: so many per kind, in long Dutch words.
	await step(2);
	const kinds = ['stakeholder', 'risk', 'dilemma'];
	for (let n = 0; n < cardsPerKind * kinds.length; n++) {
		const p = participants[n % participants.length]!;
		await send(p.client, 'card:add', {
			clientId: `seed-card-${n}`,
			kind: kinds[n % kinds.length],
			text: dutchText(n)
		});
	}
	// 3. Everyone places their five dots; a few own values; ten tensions.
	await step(3);
	for (const [i, name] of ['Proportionaliteit', 'Menselijkemaatbenadering'].entries()) {
		await send(participants[i]!.client, 'value:add', {
			clientId: `seed-value-${i}`,
			principleKey: 'human_rights',
			name
		});
	}
	const values = (await state()).values!.filter((v) => !v.hidden);
	await each(async (p, i) => {
		for (let d = 0; d < 5; d++) {
			const value = values[(i * 3 + d * 7) % values.length]!;
			await send(p.client, 'vote:set', { valueId: value.id, dots: 1 });
		}
	});
	for (let t = 0; t < 10; t++) {
		await send(participants[t % participants.length]!.client, 'tension:add', {
			clientId: `seed-tension-${t}`,
			valueAId: values[t]!.id,
			valueBId: values[(t + 5) % values.length]!.id,
			note: t % 2 ? 'Openheid over locaties tegenover herleidbaarheid van personen' : ''
		});
	}
	const chosen = values.slice(0, 6);
	for (const value of chosen)
		await send(dashboard, 'value:select', { valueId: value.id, selected: true });
	// 4. Fifteen actions for the chosen values.
	await step(4);
	for (let a = 0; a < 15; a++) {
		await send(participants[a % participants.length]!.client, 'action:propose', {
			clientId: `seed-action-${a}`,
			valueId: chosen[a % chosen.length]!.id,
			text: dutchText(100 + a, 5 + (a % 6))
		});
	}
	// 5. Everyone rates every action; ten become commitments with owners and dates.
	await step(5);
	const actions = (await state()).cards!.filter((c) => c.kind === 'action');
	await each(async (p, i) => {
		for (const [a, action] of actions.entries()) {
			// Each action has its own place in the matrix; the room scatters around it.
			const around = (target: number) => Math.min(5, Math.max(1, target + ((i % 3) - 1)));
			await send(p.client, 'rating:set', {
				actionId: action.id,
				necessity: around(1 + ((a * 7) % 5)),
				importance: around(1 + ((a * 3 + 2) % 5))
			});
		}
	});
	for (const action of actions.slice(0, 10)) {
		await send(dashboard, 'action:select', { actionId: action.id, selected: true });
	}
	const commitments = (await state()).commitments!;
	for (const [c, commitment] of commitments.entries()) {
		await send(dashboard, 'commitment:update', {
			id: commitment.id,
			owner: c % 3 === 0 ? 'Afdeling Informatiebeveiliging en Privacy' : `Team ${c + 1}`,
			dueOn: `2027-0${(c % 9) + 1}-15`,
			status: c % 4 === 0 ? 'on_track' : 'open'
		});
	}
	// 6. Reflection by everyone, closing notes by half.
	await step(6);
	const principles = (await state()).principles! as unknown as { key: string }[];
	await each(async (p, i) => {
		for (const [k, principle] of principles.entries()) {
			await send(p.client, 'reflection:set', {
				principleKey: principle.key,
				score: 1 + ((i + k) % 5),
				comment: i % 8 === 0 ? 'Nog geen gegevensbeschermingseffectbeoordeling' : ''
			});
		}
		if (i % 2 === 0) {
			await send(p.client, 'closing:set', { text: `Ik neem mee: ${dutchText(200 + i, 6)}` });
		}
	});
	await step(1);

	return {
		workshop,
		base,
		dashboard,
		participants,
		send,
		close() {
			dashboard.disconnect();
			for (const p of participants) p.client.disconnect();
		}
	};
}

/** The test instrument (tests/instruments/oefeninstrument.yaml), as the library imports it. */
export const INSTRUMENT_FILE = 'tests/instruments/oefeninstrument.yaml';

/** The roles the instrument method seats, in turn, for the seeded participants. */
const ROLES = ['projectleider', 'jurist', 'data-scientist', 'beleid', 'privacy'];

/**
 * A workshop that runs the test instrument, made through the app's pages: the file imported into
 * the library (checked, previewed, saved), a workshop started from it; people join through the
 * join form and say which role they bring, over Socket.IO as their phones would.
 */
export async function seedInstrumentRoom(
	page: Page,
	{ title = 'Slimme verkeerslichten in de binnenstad', people = 40 } = {}
): Promise<SeededRoom> {
	await signUp(page);
	await page.goto('/library/instruments');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page
		.getByLabel('Bestand (YAML of JSON, assessment-definition v2)')
		.setInputFiles(INSTRUMENT_FILE);
	await page.getByRole('button', { name: 'Bekijken wat er verandert' }).click();
	await page.getByRole('button', { name: 'Instrument opslaan' }).click();
	await page.getByText('Oefeninstrument afweging algoritmes staat in uw bibliotheek.').waitFor();
	await page.getByRole('link', { name: 'Workshop starten' }).first().click();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Organisatie').fill('Gemeente Voorbeeldstad');
	await page.getByLabel('Datum').fill('2026-12-07');
	await page.getByRole('button', { name: 'Workshop aanmaken' }).click();
	await page.getByRole('heading', { level: 1, name: title }).waitFor();
	const id = new URL(page.url()).pathname.split('/').pop()!;
	const code = (await page.getByTestId('join-code').innerText())
		.replace(/[^A-Z0-9]/g, '')
		.slice(-6);
	const joinUrl = (await page.getByTestId('join-link').innerText()).trim();
	const workshop = { id, code, joinUrl };
	const base = new URL(page.url()).origin;
	const session = (await page.context().cookies()).find((c) => c.name === 'gdb-session')!;
	const dashboard = await connect(
		base,
		{ workshopId: id, view: 'dashboard' },
		`gdb-session=${session.value}`
	);
	const send = async (client: Client, event: string, payload: unknown) => {
		const reply = (await client.timeout(10_000).emitWithAck(event, payload)) as Reply;
		if (!reply.ok) throw new Error(`${event} refused: ${reply.error}`);
		return reply.data;
	};
	const participants: { name: string; cookie: string; client: Client }[] = [];
	for (let i = 0; i < people; i++) {
		const name = i % 5 === 0 ? `Deelnemer met een lange naam ${i + 1}` : `Deelnemer ${i + 1}`;
		const cookie = await join(base, code, name);
		const client = await connect(base, { workshopId: id, view: 'participant' }, cookie);
		participants.push({ name, cookie, client });
		await send(client, 'profile:set', {
			perspective: 'internal',
			role: '',
			seat: ROLES[i % ROLES.length]
		});
	}
	return {
		workshop,
		base,
		dashboard,
		participants,
		send,
		close() {
			dashboard.close();
			for (const p of participants) p.client.close();
		}
	};
}
