import { COMMITMENT_STATUSES, type CommitmentStatus } from '../../vocabulary';
import type { CommitmentBase } from '../../workshop/state';

/** How many commitments have each status, in the order of the statuses (for the status board). */
export function statusCounts(
	commitments: readonly Pick<CommitmentBase, 'status'>[]
): { status: CommitmentStatus; count: number }[] {
	return COMMITMENT_STATUSES.map((status) => ({
		status,
		count: commitments.filter((c) => c.status === status).length
	})).filter((s) => s.count > 0);
}

/** A date that may break before its year, never between day and month ("7 december / 2026"). */
export const keepDayAndMonth = (date: string): string => date.replace(' ', '\u00a0');
