import { ackErrorMessage } from '$lib/i18n/ack-errors';
import type { Ack } from '$lib/realtime/events';
import type { Contribution } from '$lib/realtime/client.svelte';

/**
 * Tracks one form's last write: busy while it is on its way, waiting while the connection is down
 * (the form is free again: the write is kept and goes out later), then saved or an error to show.
 */
export class Sender {
	busy = $state(false);
	/** Still on its way after a second: the screen says so instead of just waiting. */
	slow = $state(false);
	/** The write waits in the outbox for the connection. */
	waiting = $state(false);
	error = $state('');
	saved = $state(false);
	#latest = 0;

	/** True when the write was stored, or is kept to be sent: the form may start afresh. */
	async send<T>(write: () => Promise<Contribution<T> | Ack<T>>): Promise<boolean> {
		const turn = ++this.#latest;
		this.busy = true;
		this.error = '';
		this.saved = false;
		this.waiting = false;
		const slow = setTimeout(() => (this.slow = this.busy), 1000);
		const response = await write();
		clearTimeout(slow);
		this.busy = false;
		this.slow = false;
		if (!response.ok && response.error === 'QUEUED') {
			this.waiting = true;
			response.delivered.then((answer) => {
				if (turn === this.#latest) this.#answered(answer);
			});
			return true;
		}
		return this.#answered(response);
	}

	#answered<T>(response: Ack<T>): boolean {
		this.waiting = false;
		if (response.ok) {
			this.saved = true;
			setTimeout(() => (this.saved = false), 2500);
			return true;
		}
		this.error = ackErrorMessage(response.error);
		return false;
	}
}
