import { ackErrorMessage } from '$lib/i18n/ack-errors';
import type { Ack } from '$lib/realtime/events';

/** Tracks one form's last write: busy while waiting, then saved or an error to show. */
export class Sender {
	busy = $state(false);
	error = $state('');
	saved = $state(false);

	async send<T>(write: () => Promise<Ack<T>>): Promise<boolean> {
		this.busy = true;
		this.error = '';
		this.saved = false;
		const response = await write();
		this.busy = false;
		if (response.ok) {
			this.saved = true;
			setTimeout(() => (this.saved = false), 2500);
			return true;
		}
		this.error = ackErrorMessage(response.error);
		return false;
	}
}
