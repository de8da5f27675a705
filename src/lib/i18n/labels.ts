import type { Language } from '$lib/codio/steps';
import { m } from '$lib/paraglide/messages';
import type { CommitmentStatus } from '$lib/workshop/state';

const STATUS_LABELS: Record<CommitmentStatus, typeof m.status_open> = {
	open: m.status_open,
	in_progress: m.status_in_progress,
	done: m.status_done,
	dropped: m.status_dropped
};

/** A commitment's status in words, in the given language (or the page's). */
export function statusLabel(status: CommitmentStatus, locale?: Language): string {
	return STATUS_LABELS[status]({}, locale ? { locale } : {});
}
