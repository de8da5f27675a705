// Bytes per change: for each kind of change, what one phone, the dashboard and the beamer receive,
// in a workshop with 30 and with 3,000 cards (and, in the big one, 1,000 earlier voters and raters
// besides the 40 phones in the room). Counted as the Socket.IO payloads a screen's connection
// receives (every event and ack, as sent on the WebSocket), from the change until the room is
// quiet again (past the 25 ms window in which results are coalesced).
import { ack, closeAll, connectAll } from './lib/clients.mjs';
import { seedParticipants, seedWorkshop, startServer } from './lib/server.mjs';
import { printTable } from './lib/stats.mjs';

const SIZES = (process.env.BENCH_CARDS ?? '30,3000').split(',').map(Number);
const PHONES = 40;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const words = [
	'gegevensbescherming',
	'cameratoezicht',
	'verantwoordingsplicht',
	'burgerparticipatie',
	'algoritme',
	'wijkagent',
	'privacyeffectbeoordeling',
	'toegankelijkheid'
];
const sentence = (i) =>
	Array.from({ length: 9 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');

/** Counts what arrives on a socket's WebSocket: every engine.io message, in bytes. */
function meter(socket) {
	const counter = { bytes: 0, lastAt: 0 };
	socket.io.engine.on('message', (data) => {
		counter.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
		counter.lastAt = performance.now();
	});
	return counter;
}

/** Cards, actions with linked values, commitments, and (in the big workshop) earlier voters. */
function seedContent(server, workshopId, cards, voters) {
	const db = server.db;
	const values = db
		.prepare('SELECT id FROM workshop_values WHERE workshop_id = ? ORDER BY position')
		.pluck()
		.all(workshopId);
	const authors = seedParticipants(server, workshopId, Math.max(1, voters), 'Eerder');
	const insertCard = db.prepare(
		`INSERT INTO cards (id, workshop_id, kind, text, cluster, selected, added_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)`
	);
	const link = db.prepare('INSERT INTO action_values (action_id, value_id) VALUES (?, ?)');
	const commit = db.prepare(
		`INSERT INTO commitments (id, workshop_id, action_id, owner, due_on, created_at, updated_at)
		VALUES (?, ?, ?, 'Afdeling Informatiebeheer', '2027-03-01', ?, ?)`
	);
	const vote = db.prepare(
		'INSERT INTO value_votes (participant_id, value_id, dots, updated_at) VALUES (?, ?, ?, ?)'
	);
	const rate = db.prepare(
		`INSERT INTO action_ratings (participant_id, action_id, necessity, importance, updated_at)
		VALUES (?, ?, ?, ?, ?)`
	);
	const kinds = ['stakeholder', 'risk', 'dilemma', 'action'];
	const actions = [];
	const commitments = [];
	const cardIds = [];
	const now = Date.now();
	db.transaction(() => {
		for (let i = 0; i < cards; i++) {
			const kind = kinds[i % kinds.length];
			const cardId = `card-${i}`;
			const selected = kind === 'action' && actions.length < 30 ? 1 : 0;
			insertCard.run(
				cardId,
				workshopId,
				kind,
				sentence(i),
				selected,
				authors[i % authors.length].id,
				now,
				now
			);
			cardIds.push(cardId);
			if (kind !== 'action') continue;
			actions.push(cardId);
			link.run(cardId, values[i % values.length]);
			link.run(cardId, values[(i + 5) % values.length]);
			if (selected) {
				commit.run(`commitment-${i}`, workshopId, cardId, now, now);
				commitments.push(`commitment-${i}`);
			}
		}
		for (const [i, author] of authors.entries()) {
			if (voters === 0) break;
			vote.run(author.id, values[i % values.length], 2, now);
			vote.run(author.id, values[(i + 3) % values.length], 3, now);
			rate.run(author.id, actions[i % actions.length], 1 + (i % 5), 1 + ((i * 3) % 5), now);
		}
	})();
	return { values, actions, commitments, cardIds };
}

async function measureSize(cards) {
	const server = await startServer({ port: 4340 });
	try {
		const { workshopId, cookie } = await seedWorkshop(server, 'Bytes per wijziging');
		const voters = cards >= 1000 ? 1000 : 0;
		const content = seedContent(server, workshopId, cards, voters);
		const participants = seedParticipants(server, workshopId, PHONES + 1);
		const latecomer = participants.pop();
		const [dashboard, beamer] = await connectAll(server.url, [
			{ auth: { workshopId, view: 'dashboard' }, cookie },
			{ auth: { workshopId, view: 'beamer' }, cookie }
		]);
		await ack(dashboard, 'step:set', { step: 2 });
		const phones = await connectAll(
			server.url,
			participants.map((p) => ({ auth: { workshopId, view: 'participant' }, cookie: p.cookie }))
		);
		const [actor, other] = phones;
		const wholeState = Buffer.byteLength(JSON.stringify((await ack(other, 'state:sync', {})).data));
		const meters = {
			actor: meter(actor),
			phones: phones.slice(1).map(meter),
			dashboard: meter(dashboard),
			beamer: meter(beamer)
		};
		const all = () => [meters.actor, ...meters.phones, meters.dashboard, meters.beamer];

		/** Runs one change and counts what each screen received until 100 ms of quiet. */
		const rows = [];
		const change = async (name, run) => {
			await sleep(150);
			for (const m of all()) m.bytes = 0;
			const started = performance.now();
			const reply = await run();
			if (reply && reply.ok === false) throw new Error(`${name}: ${reply.error}`);
			let quietSince = performance.now();
			while (performance.now() - quietSince < 100) {
				await sleep(10);
				const last = Math.max(...all().map((m) => m.lastAt));
				if (last > quietSince) quietSince = last;
			}
			const others = meters.phones.map((m) => m.bytes);
			rows.push({
				cards,
				change: name,
				'phone (author) B': meters.actor.bytes,
				'each other phone B': Math.max(...others),
				'dashboard B': meters.dashboard.bytes,
				'beamer B': meters.beamer.bytes,
				'quiet after ms': performance.now() - started - 100
			});
		};

		await change('card added (phone)', () =>
			ack(actor, 'card:add', { clientId: `bytes-${cards}`, kind: 'risk', text: sentence(99) })
		);
		await change('card edited (facilitator)', () =>
			ack(dashboard, 'card:edit', { id: content.cardIds[1], text: sentence(42) })
		);
		await change('card hidden (facilitator)', () =>
			ack(dashboard, 'card:edit', { id: content.cardIds[1], hidden: true })
		);
		await change('timer started', () =>
			ack(dashboard, 'timer:control', { step: 2, action: 'start' })
		);
		await change('step change', () => ack(dashboard, 'step:set', { step: 3 }));
		await change('vote (blind)', () =>
			ack(actor, 'vote:set', { valueId: content.values[0], dots: 2 })
		);
		await change('reveal votes', () => ack(dashboard, 'step:flags', { step: 3, revealed: true }));
		await change('vote (revealed)', () =>
			ack(actor, 'vote:set', { valueId: content.values[1], dots: 1 })
		);
		await ack(dashboard, 'step:set', { step: 5 });
		await change('rating (blind)', () =>
			ack(actor, 'rating:set', { actionId: content.actions[0], necessity: 4, importance: 5 })
		);
		await ack(dashboard, 'step:set', { step: 6 });
		await change('commitment edited', () =>
			ack(dashboard, 'commitment:update', {
				id: content.commitments[0],
				owner: 'Team Openbare Orde en Veiligheid'
			})
		);
		let latecomerSocket;
		await change('participant joined', async () => {
			[latecomerSocket] = await connectAll(server.url, [
				{ auth: { workshopId, view: 'participant' }, cookie: latecomer.cookie }
			]);
		});
		closeAll([...phones, dashboard, beamer, latecomerSocket]);
		return { rows, wholeState };
	} finally {
		await server.stop();
	}
}

export async function runBytes() {
	const rows = [];
	const whole = [];
	for (const cards of SIZES) {
		const result = await measureSize(cards);
		rows.push(...result.rows);
		whole.push(`${cards} cards: ${Math.round(result.wholeState / 1024)} KiB`);
	}
	printTable(
		`Bytes per change, ${PHONES} phones in the room (a whole phone state, for comparison: ${whole.join('; ')})`,
		rows
	);
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runBytes();
