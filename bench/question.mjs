// A question change, measured against a card: one server, two workshops of 40 phones each plus
// the dashboard and the beamer, in the same run. In the CODIO workshop a phone adds a card; in a
// workshop of the test instrument (tests/instruments/oefeninstrument.yaml, imported through the
// library's form) the dashboard moves the room to another question. Per delivery, the time from
// sending until that screen had it; the rounds alternate, so both see the same machine. The
// budget (README) is the ratio of the p95s: a question reaches the room as fast as a card.
import { readFileSync } from 'node:fs';
import { ack, arrival, clock, closeAll, connectAll, isCard } from './lib/clients.mjs';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable, summary } from './lib/stats.mjs';

const PHONES = Number(process.env.BENCH_PHONES ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const isQuestion = (item) => (patch) =>
	Array.isArray(patch) && patch.some((op) => op.upsert === 'questions' && op.item?.item === item);

/** An instrument workshop made through the app's forms: the library's import, then "new". */
async function seedInstrumentWorkshop(server, cookie) {
	const post = (path, body) =>
		fetch(`${server.url}${path}`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				cookie,
				origin: server.url,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams(body)
		});
	const text = readFileSync('tests/instruments/oefeninstrument.yaml', 'utf8');
	const saved = await post('/library/instruments?/save', { text, name: 'oefeninstrument.yaml' });
	if (!saved.ok) throw new Error(`instrument refused (${saved.status})`);
	const instrument = server.db.prepare('SELECT id FROM instruments').pluck().get();
	const created = await post('/workshops/new', {
		title: 'Benchmark instrument',
		organisation: 'Bench',
		caseDescription: '',
		scheduledOn: '2026-12-01',
		language: 'nl',
		instrument
	});
	const workshopId = created.headers.get('location')?.split('/').pop();
	if (!workshopId) throw new Error(`could not create the workshop (${created.status})`);
	return workshopId;
}

async function room(server, workshopId, cookie) {
	const participants = seedParticipants(server, workshopId, PHONES, `P${workshopId.slice(0, 4)}`);
	const [dashboard, beamer, ...phones] = await connectAll(server.url, [
		{ auth: { workshopId, view: 'dashboard' }, cookie },
		{ auth: { workshopId, view: 'beamer' }, cookie },
		...participants.map((p) => ({ auth: { workshopId, view: 'participant' }, cookie: p.cookie }))
	]);
	return { dashboard, beamer, phones, all: [dashboard, beamer, ...phones] };
}

/** One round: send, and the times until each screen had it. */
async function round(screens, matches, send) {
	const here = screens.map((socket) => arrival(socket, 'state:patch', matches));
	const started = clock();
	await send();
	return (await Promise.all(here)).map((time) => (time === null ? null : time - started));
}

async function once() {
	const server = await startServer({ port: 4330 });
	try {
		const { workshopId: codio, cookie } = await seedWorkshop(server);
		const instrument = await seedInstrumentWorkshop(server, cookie);
		const cards = await room(server, codio, cookie);
		const questions = await room(server, instrument, cookie);
		await ack(cards.dashboard, 'step:set', { step: 2 });
		await ack(questions.dashboard, 'step:set', { step: 4 });
		await sleep(500);
		const card = [];
		const question = [];
		let lost = 0;
		const keep = (list, times) => {
			for (const t of times) {
				if (t === null) lost++;
				else list.push(t);
			}
		};
		for (let r = 0; r < ROUNDS; r++) {
			const text = `Kaart ${r} ${Date.now()}`;
			keep(
				card,
				await round(cards.all, isCard(text), async () => {
					const reply = await ack(cards.phones[r % PHONES], 'card:add', {
						clientId: `bench-${r}-${Date.now()}`,
						kind: 'risk',
						text
					});
					if (!reply.ok) throw new Error(`card:add refused: ${reply.error}`);
				})
			);
			await sleep(50);
			const item = r % 2 === 0 ? '1.1.2' : '1.1.1';
			keep(
				question,
				await round(questions.all, isQuestion(item), async () => {
					const reply = await ack(questions.dashboard, 'question:go', { step: 4, item });
					if (!reply.ok) throw new Error(`question:go refused: ${reply.error}`);
				})
			);
			await sleep(50);
		}
		closeAll([...cards.all, ...questions.all]);
		return { card: summary(card), question: summary(question), lost };
	} finally {
		await server.stop();
	}
}

export async function runQuestion() {
	const runs = [];
	for (let r = 0; r < RUNS; r++) runs.push(await once());
	const ratios = runs.map((r) => r.question.p95 / r.card.p95);
	const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
	const { card, question } = runs[ratios.indexOf(median)];
	printTable(
		`A question change and a card, to ${PHONES} phones + dashboard + beamer (${ROUNDS} rounds each, alternating; ${RUNS} runs)`,
		[
			{
				change: 'card added (phone)',
				'p50 ms': card.p50,
				'p95 ms': card.p95,
				'max ms': card.max,
				'ratio p95 (median of runs)': 1,
				'ratios p95 of runs': '(the baseline)',
				lost: ''
			},
			{
				change: 'question moved (dashboard)',
				'p50 ms': question.p50,
				'p95 ms': question.p95,
				'max ms': question.max,
				'ratio p95 (median of runs)': median,
				'ratios p95 of runs': ratios.map((x) => x.toFixed(2)).join(' / '),
				lost: runs.reduce((sum, r) => sum + r.lost, 0)
			}
		]
	);
}

if (import.meta.url === `file://${process.argv[1]}`) await runQuestion();
