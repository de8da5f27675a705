// A phone's outbox: writes made while the connection is down (or whose answer did not come) wait
// here, kept on the device, and go out in order once the connection is back. Which write replaces
// which is a pure rule ($lib/workshop/outbox.ts); this keeps the queue, stores it, answers each
// waiting write once it has gone out and keeps what the server refused, with why.
import { enqueue, replacedBy, type QueuedWrite } from '$lib/workshop/outbox';
import type { Ack, ErrorCode } from './events';

export class Outbox {
	/** Writes waiting for the connection, oldest first. */
	writes = $state<QueuedWrite[]>([]);
	/** Waiting writes the server refused once they went out, with why, until dismissed. */
	refused = $state<{ write: QueuedWrite; error: ErrorCode }[]>([]);
	// Promises waiting for their write's answer: bookkeeping, nothing a screen shows.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#waiters = new Map<string, ((ack: Ack<unknown>) => void)[]>();
	#flushing = false;
	#storageKey: string | null = null;

	/** @param changed called with the queue whenever it changes (the screen lays it over). */
	constructor(private readonly changed: () => void) {}

	/** Takes up the writes this device kept for this participant (after a reload or a crash). */
	restore(storageKey: string) {
		this.#storageKey = storageKey;
		try {
			const stored = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
			if (Array.isArray(stored)) this.writes = stored as QueuedWrite[];
		} catch {
			// No storage (private mode) or an unreadable entry: start empty.
		}
	}

	/** Queues a write; the promise is its answer once it has gone out. */
	hold<T>(write: QueuedWrite): Promise<Ack<T>> {
		const delivered = new Promise<Ack<T>>((resolve) => this.#wait(write.id, [resolve as never]));
		const replaced = replacedBy(this.writes, write);
		this.#set(enqueue(this.writes, write));
		// A write replaced by a newer one (the same dot, tapped again) is answered with it.
		if (replaced) {
			const waiting = this.#waiters.get(replaced.id) ?? [];
			this.#waiters.delete(replaced.id);
			this.#wait(write.id, waiting);
		}
		return delivered;
	}

	/**
	 * Sends the waiting writes, oldest first, until none is left or the connection fails again.
	 * Returns whether the server refused one (what it had shown was never stored).
	 */
	async flush(
		send: (write: QueuedWrite) => Promise<Ack<unknown>>,
		connected: () => boolean
	): Promise<boolean> {
		if (this.#flushing) return false;
		this.#flushing = true;
		let refusedOne = false;
		try {
			while (this.writes.length > 0 && connected()) {
				const write = this.writes[0]!;
				const response = await send(write);
				if (!response.ok && response.error === 'TIMEOUT') break;
				// Only now off the queue: whatever happened meanwhile, it was sent and answered.
				this.#set(this.writes.filter((queued) => queued !== write));
				if (!response.ok) {
					refusedOne = true;
					this.refused = [...this.refused, { write, error: response.error }];
				}
				for (const resolve of this.#waiters.get(write.id) ?? []) resolve(response);
				this.#waiters.delete(write.id);
			}
		} finally {
			this.#flushing = false;
		}
		return refusedOne;
	}

	dismiss(write: QueuedWrite) {
		this.refused = this.refused.filter((r) => r.write !== write);
	}

	#wait(id: string, resolvers: ((ack: Ack<unknown>) => void)[]) {
		this.#waiters.set(id, [...(this.#waiters.get(id) ?? []), ...resolvers]);
	}

	#set(writes: QueuedWrite[]) {
		this.writes = writes;
		this.changed();
		if (!this.#storageKey) return;
		try {
			if (writes.length === 0) localStorage.removeItem(this.#storageKey);
			else localStorage.setItem(this.#storageKey, JSON.stringify(writes));
		} catch {
			// Full or unavailable storage: the queue still lives as long as the page does.
		}
	}
}
