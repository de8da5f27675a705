import type { Language } from '$lib/language';
import { m } from '$lib/paraglide/messages';
import type { CardKind, CommitmentStatus } from '$lib/workshop/state';

const STATUS_LABELS: Record<CommitmentStatus, typeof m.status_open> = {
	open: m.status_open,
	on_track: m.status_on_track,
	delayed: m.status_delayed,
	blocked: m.status_blocked,
	done: m.status_done,
	dropped: m.status_dropped
};

/** A commitment's status in words, in the given language (or the page's). */
export function statusLabel(status: CommitmentStatus, locale?: Language): string {
	return STATUS_LABELS[status]({}, locale ? { locale } : {});
}

const KIND_LABELS: Record<Exclude<CardKind, 'action'>, typeof m.kind_risk_plural> = {
	stakeholder: m.kind_stakeholder_plural,
	risk: m.kind_risk_plural,
	dilemma: m.kind_dilemma_plural,
	obstacle: m.kind_obstacle_plural,
	help: m.kind_help_plural
};

/** A kind of card, as the heading over cards of that kind ("Risico's"). */
export function kindLabel(kind: Exclude<CardKind, 'action'>, locale?: Language): string {
	return KIND_LABELS[kind]({}, locale ? { locale } : {});
}
