// npm run bench: builds nothing itself (the npm script builds first), runs every benchmark
// against the production server and prints Markdown tables.
import { cpus, totalmem } from 'node:os';
import { runBytes } from './bytes.mjs';
import { runCapacity } from './capacity.mjs';
import { runExport } from './export.mjs';
import { runFanout } from './fanout.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { runNoisy } from './noisy.mjs';
import { runPageWeight } from './page-weight.mjs';
import { runRooms } from './rooms.mjs';
import { runVoteStorm } from './votestorm.mjs';

const only = process.argv.slice(2);
const benches = {
	bytes: runBytes,
	fanout: runFanout,
	votestorm: runVoteStorm,
	rooms: runRooms,
	capacity: runCapacity,
	noisy: runNoisy,
	export: runExport,
	'page-weight': runPageWeight,
	lighthouse: runLighthouse
};
console.log(
	`# Benchmarks (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; load generator on the same machine)`
);
for (const [name, run] of Object.entries(benches)) {
	if (only.length && !only.includes(name)) continue;
	await run();
}
