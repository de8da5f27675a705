// Export: time and memory to make the PDF (and the other formats) of a 200-commitment workshop.
import { seedWorkshop, startServer } from './lib/server.mjs';
import { printTable, summary } from './lib/stats.mjs';

const COMMITMENTS = Number(process.env.BENCH_COMMITMENTS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** A workshop archive with COMMITMENTS chosen actions, each rated, owned and dated. */
function archive() {
	const steps = [1, 2, 3, 4, 5, 6].map((number) => ({
		number,
		titleNl: `Stap ${number}`,
		titleEn: `Step ${number}`,
		questionNl: 'Vraag',
		questionEn: 'Question',
		minutes: 20,
		notes: '',
		locked: false,
		revealed: true
	}));
	const principles = [
		{
			key: 'human_rights',
			foundationKey: 'rule_of_law',
			foundationNl: 'Rechtsstaat',
			foundationEn: 'Rule of law',
			nameNl: 'Mensenrechten',
			nameEn: 'Human rights'
		}
	];
	const participants = Array.from({ length: 30 }, (_, i) => ({
		ref: `p${i + 1}`,
		name: `Deelnemer ${i + 1}`,
		perspective: i % 2 ? 'internal' : 'external',
		role: 'Adviseur'
	}));
	const values = [
		{
			ref: 'v1',
			principleKey: 'human_rights',
			nameNl: 'Privacy',
			nameEn: 'Privacy',
			descriptionNl: 'Persoonsgegevens worden beschermd.',
			descriptionEn: 'Personal data are protected.',
			hidden: false,
			selected: true,
			addedBy: null
		}
	];
	const cards = Array.from({ length: COMMITMENTS }, (_, i) => ({
		ref: `c${i + 1}`,
		kind: 'action',
		text: `Actie ${i + 1}: de privacyverklaring voor café’s en ĳsbaan bijwerken en publiceren`,
		cluster: '',
		hidden: false,
		mergedInto: null,
		selected: true,
		values: ['v1'],
		addedBy: null
	}));
	const ratings = cards.flatMap((card, i) =>
		participants.slice(0, 10).map((p, j) => ({
			participant: p.ref,
			card: card.ref,
			necessity: ((i + j) % 5) + 1,
			importance: ((i * 3 + j) % 5) + 1
		}))
	);
	const commitments = cards.map((card, i) => ({
		card: card.ref,
		owner: `Team ${i % 12}`,
		dueOn: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
		status: 'open',
		volunteers: []
	}));
	return {
		format: 'goed-digitaal-bestuur/workshop',
		version: 1,
		workshop: {
			title: `Benchmark ${COMMITMENTS} afspraken`,
			organisation: 'Gemeente',
			caseDescription: '',
			scheduledOn: '2026-12-01',
			language: 'nl',
			facilitator: 'Bench',
			currentStep: 6,
			dotBudget: 5,
			maxDotsPerValue: 2
		},
		steps,
		principles,
		participants,
		values,
		votes: [],
		tensions: [],
		cards,
		ratings,
		commitments,
		reflections: [],
		closingNotes: []
	};
}

export async function runExport() {
	const server = await startServer({
		port: 4350,
		env: { FINGERPRINT_CHECK_LIMIT_PER_10_MINUTES: '100000' }
	});
	try {
		const { cookie } = await seedWorkshop(server, 'Leeg');
		const form = new FormData();
		form.append(
			'archive',
			new Blob([JSON.stringify(archive())], { type: 'application/json' }),
			'archive.json'
		);
		const imported = await fetch(`${server.url}/workshops/import`, {
			method: 'POST',
			body: form,
			redirect: 'manual',
			headers: { cookie, origin: server.url, accept: 'text/html' }
		});
		const workshopId = imported.headers.get('location')?.split('/').pop();
		if (!workshopId) throw new Error(`import failed (${imported.status})`);
		const rows = [];
		for (const format of ['pdf', 'csv', 'md', 'ics', 'json']) {
			const times = [];
			let bytes = 0;
			const rssBefore = server.rssMiB();
			let rssPeak = rssBefore;
			for (let i = 0; i < RUNS; i++) {
				// Sample the server's memory while it builds the file, not only afterwards.
				const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, server.rssMiB())), 25);
				const started = performance.now();
				// Handing a document out is a POST (its fingerprint is recorded).
				const response = await fetch(`${server.url}/workshops/${workshopId}/export/${format}`, {
					method: 'POST',
					headers: {
						cookie,
						origin: server.url,
						'content-type': 'application/x-www-form-urlencoded'
					},
					body: ''
				});
				if (!response.ok) throw new Error(`export ${format} failed (${response.status})`);
				bytes = (await response.arrayBuffer()).byteLength;
				times.push(performance.now() - started);
				clearInterval(sampler);
				rssPeak = Math.max(rssPeak, server.rssMiB());
			}
			const stats = summary(times);
			rows.push({
				format,
				commitments: COMMITMENTS,
				KiB: bytes / 1024,
				'p50 ms': stats.p50,
				'max ms': stats.max,
				'server RSS before MiB': rssBefore,
				'server RSS peak MiB': rssPeak
			});
		}
		printTable(`Export of a ${COMMITMENTS}-commitment workshop (${RUNS} runs each)`, rows);
		const checks = await fingerprintChecks(server, cookie, workshopId);
		printTable(`Public fingerprint check of the same workshop (GET /api/fingerprints/FP)`, checks);
		return [...rows, ...checks];
	} finally {
		await server.stop();
	}
}

/**
 * The fingerprint is public (on every PDF), so anyone can ask for a check: the first check after a
 * change builds the record, the next ones until the following change reuse its fingerprint.
 */
async function fingerprintChecks(server, cookie, workshopId) {
	const issued = await fetch(`${server.url}/workshops/${workshopId}/export/json`, {
		method: 'POST',
		headers: { cookie, origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: ''
	});
	const fingerprint = issued.headers.get('x-fingerprint');
	await issued.arrayBuffer();
	const check = async () => {
		const started = performance.now();
		const response = await fetch(`${server.url}/api/fingerprints/${fingerprint}`);
		const body = await response.json();
		if (!response.ok || !body.known) throw new Error(`check failed (${response.status})`);
		return performance.now() - started;
	};
	const rows = [];
	for (let run = 0; run < RUNS; run++) {
		// A change (the facilitator renames the workshop) makes the next check build the record.
		server.db.prepare('UPDATE workshops SET revision = revision + 1 WHERE id = ?').run(workshopId);
		const first = await check();
		const again = [];
		for (let i = 0; i < 20; i++) again.push(await check());
		const unchanged = summary(again).p50;
		rows.push({
			run: run + 1,
			'after a change ms': first,
			'unchanged p50 ms': unchanged,
			ratio: unchanged / first
		});
	}
	const p50 = (key) => summary(rows.map((r) => r[key])).p50;
	rows.push({
		run: 'p50',
		'after a change ms': p50('after a change ms'),
		'unchanged p50 ms': p50('unchanged p50 ms'),
		ratio: p50('ratio')
	});
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runExport();
