// The gauges /metrics reads at scrape time (sockets, live workshops, the database's size,
// reminders due), and the scrape itself. The counters and histograms are in ./record.ts.
import { statSync } from 'node:fs';
import { Gauge, type Registry } from 'prom-client';
import { getDb } from '../db';
import { getIo } from '../realtime';
import { remindersDue } from '../workshops/reminders';
import { instruments } from './record';

const sized = (path: string) => {
	try {
		return statSync(path).size;
	} catch {
		return 0;
	}
};

function addGauges(registry: Registry): void {
	const registers = [registry];
	new Gauge({
		name: 'gdb_sockets',
		help: 'Open Socket.IO connections, by screen (participant, dashboard, beamer).',
		labelNames: ['view'],
		registers,
		collect() {
			this.reset();
			for (const socket of getIo()?.of('/').sockets.values() ?? []) {
				if (socket.data.view) this.inc({ view: socket.data.view });
			}
		}
	});
	new Gauge({
		name: 'gdb_live_workshops',
		help: 'Workshops with at least one open screen.',
		registers,
		collect() {
			const live = new Set<string>();
			for (const socket of getIo()?.of('/').sockets.values() ?? []) {
				if (socket.data.workshopId) live.add(socket.data.workshopId);
			}
			this.set(live.size);
		}
	});
	new Gauge({
		name: 'gdb_participants_connected',
		help: 'Participants with at least one open connection (a phone with two tabs counts once).',
		registers,
		collect() {
			const present = new Set<string>();
			for (const socket of getIo()?.of('/').sockets.values() ?? []) {
				if (socket.data.view === 'participant') present.add(socket.data.participantId);
			}
			this.set(present.size);
		}
	});
	new Gauge({
		name: 'gdb_database_bytes',
		help: 'Size of the SQLite database file and its write-ahead log.',
		registers,
		collect() {
			const path = getDb().name;
			this.set(path === ':memory:' ? 0 : sized(path) + sized(`${path}-wal`));
		}
	});
	new Gauge({
		name: 'gdb_reminders_due',
		help: 'Due-date reminders due today and not sent yet (mail off, or the SMTP server failing).',
		registers,
		collect() {
			this.set(remindersDue());
		}
	});
}

const WITH_GAUGES = new WeakSet<Registry>();

/** The scrape: Prometheus text format, or null when metrics are off. */
export async function metricsText(): Promise<{ body: string; contentType: string } | null> {
	const m = instruments();
	if (!m) return null;
	if (!WITH_GAUGES.has(m.registry)) {
		addGauges(m.registry);
		WITH_GAUGES.add(m.registry);
	}
	return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}
