// What the app counts for /metrics (Prometheus, prom-client), and the calls that count it.
// Off unless METRICS_TOKEN is set: then every call here returns at once, so an installation that
// does not scrape pays nothing (bench/capacity.mjs measures the cost when on).
// Imports nothing of the app: the write path (execute, withAck, publish, mail) calls in here.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

// Read once: every socket event, command and publish asks.
const ENABLED = Boolean(process.env.METRICS_TOKEN);
export const metricsEnabled = (): boolean => ENABLED;

interface Instruments {
	registry: Registry;
	commands: Counter<'actor'>;
	socketEvents: Counter<'event' | 'outcome'>;
	ack: Histogram;
	publish: Histogram;
	mails: Counter<'outcome'>;
}

// One registry per process, on globalThis: a dev reload must not register the metrics twice.
const KEY = Symbol.for('goed-digitaal-bestuur.metrics');
type WithMetrics = typeof globalThis & { [KEY]?: Instruments };

function create(): Instruments {
	const registry = new Registry();
	// Process and Node.js metrics, among them the event loop's lag (nodejs_eventloop_lag_*).
	collectDefaultMetrics({ register: registry });
	const registers = [registry];
	return {
		registry,
		commands: new Counter({
			name: 'gdb_commands_total',
			help: 'Writes to a workshop (commands run through execute), by who made them.',
			labelNames: ['actor'],
			registers
		}),
		socketEvents: new Counter({
			name: 'gdb_socket_events_total',
			help: 'Socket events answered, by event and outcome (ok, refused, invalid, error).',
			labelNames: ['event', 'outcome'],
			registers
		}),
		ack: new Histogram({
			name: 'gdb_ack_seconds',
			help: 'Time from a socket event arriving to its acknowledgement.',
			buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
			registers
		}),
		publish: new Histogram({
			name: 'gdb_publish_seconds',
			help: "Time to build and send one change's patches to a workshop's screens.",
			buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
			registers
		}),
		mails: new Counter({
			name: 'gdb_mails_total',
			help: 'Mails handed to the SMTP server (sent) or refused by it (failed).',
			labelNames: ['outcome'],
			registers
		})
	};
}

/** The process's instruments, made on first use; undefined while metrics are off. */
export function instruments(): Instruments | undefined {
	if (!metricsEnabled()) return undefined;
	const g = globalThis as WithMetrics;
	g[KEY] ??= create();
	return g[KEY];
}

export function countCommand(actor: string): void {
	instruments()?.commands.inc({ actor });
}

export type EventOutcome = 'ok' | 'refused' | 'invalid' | 'error';

/** A socket event was answered `seconds` after it arrived. */
export function countSocketEvent(event: string, outcome: EventOutcome, seconds: number): void {
	const m = instruments();
	if (!m) return;
	m.socketEvents.inc({ event, outcome });
	m.ack.observe(seconds);
}

export function observePublish(seconds: number): void {
	instruments()?.publish.observe(seconds);
}

export function countMail(outcome: 'sent' | 'failed'): void {
	instruments()?.mails.inc({ outcome });
}
