// npm run bench: builds nothing itself (the npm script builds first), runs every benchmark
// against the production server and prints Markdown tables. Each benchmark runs in its own
// process group with a time limit (BENCH_TIME_LIMIT_MS, default 15 minutes): one that hangs is
// stopped with its server and load workers, says so, and the others still run; the exit code is 1.
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

const BENCHES = [
	'bytes',
	'fanout',
	'question',
	'votestorm',
	'rooms',
	'capacity',
	'metrics',
	'noisy',
	'export',
	'page-weight',
	'lighthouse'
];
const LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_MS ?? 15 * 60_000);

const only = process.argv.slice(2);
const unknown = only.filter((name) => !BENCHES.includes(name));
if (unknown.length) {
	console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${BENCHES.join(', ')}`);
	process.exit(2);
}
console.log(
	`# Benchmarks (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; load generator on the same machine)`
);

/** Runs one benchmark's script; resolves with how it ended. Its tables print as they come. */
function run(name) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [`bench/${name}.mjs`], {
			stdio: 'inherit',
			detached: true
		});
		const timer = setTimeout(() => {
			// The whole group: the benchmark, its server and its load workers.
			process.kill(-child.pid, 'SIGKILL');
			resolve(`stopped after ${LIMIT_MS / 1000} s without finishing (what it measured is above)`);
		}, LIMIT_MS);
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			resolve(code === 0 ? 'ok' : `failed (${signal ?? `exit code ${code}`})`);
		});
	});
}

let failed = false;
for (const name of BENCHES) {
	if (only.length && !only.includes(name)) continue;
	const outcome = await run(name);
	if (outcome !== 'ok') {
		failed = true;
		console.log(`\n**${name}: ${outcome}.**\n`);
	}
}
process.exitCode = failed ? 1 : 0;
