// Many phones, spread over worker processes (bench/lib/phone-worker.mjs): the load generator for
// the 5,000-phone benchmarks. `BENCH_WORKERS` sets how many processes (default: 1 per 1,250
// phones, at least 1).
import { fork } from 'node:child_process';
import { newRequestId, replyTo, request } from './ipc.mjs';

export async function phoneWorkers(url, specs) {
	const count = Number(process.env.BENCH_WORKERS ?? Math.max(1, Math.ceil(specs.length / 1250)));
	const share = Math.ceil(specs.length / count);
	const workers = [];
	for (let i = 0; i < count; i++) {
		const slice = specs.slice(i * share, (i + 1) * share);
		if (slice.length === 0) break;
		workers.push({ process: fork('bench/lib/phone-worker.mjs'), first: i * share, slice });
	}
	await Promise.all(
		workers.map((w) => request(w.process, { type: 'connect', url, specs: w.slice }, 'connected'))
	);
	return {
		processes: workers.length,
		/**
		 * Starts watching every phone for `text` on `event`; resolves once all listen, with
		 * `arrived`, a promise of the arrival times (null: not within `timeoutMs`).
		 */
		async watch(event, text, timeoutMs = 5000) {
			const arrivals = workers.map((w) => {
				const id = newRequestId();
				const done = replyTo(w.process, id, 'arrivals').then((reply) => reply.times);
				const ready = replyTo(w.process, id, 'watching');
				w.process.send({ type: 'watch', id, event, text, timeoutMs });
				return { done, ready };
			});
			await Promise.all(arrivals.map((a) => a.ready));
			return { arrived: Promise.all(arrivals.map((a) => a.done)).then((lists) => lists.flat()) };
		},
		/** Every phone votes 5 dots within the window; resolves with all ack latencies. */
		async vote(values, windowMs) {
			const replies = await Promise.all(
				workers.map((w) =>
					request(w.process, { type: 'vote', values, windowMs, first: w.first }, 'voted')
				)
			);
			const sum = (key) => replies.reduce((total, r) => total + r[key], 0);
			return {
				latencies: replies.flatMap((r) => r.latencies),
				refused: sum('refused'),
				/** Votes whose answer never came. */
				lost: sum('lost'),
				/** Sockets closed by the server or a failed heartbeat. */
				dropped: sum('dropped'),
				lastAck: Math.max(...replies.map((r) => r.lastAck))
			};
		},
		async close() {
			await Promise.all(
				workers.map(
					(w) =>
						new Promise((resolve) => {
							w.process.once('exit', resolve);
							w.process.send({ type: 'close' });
						})
				)
			);
		}
	};
}
