// A commitment carried into a follow-up lives on there: its earlier row is history. Every command
// that would change that row, or give it a status link, asks here first.
import { isCarried } from '../read-model/commitments';
import { DomainError } from './command';

/** Refuses with CARRIED when this commitment continues in a follow-up. */
export function notCarried(commitmentId: string): void {
	if (isCarried(commitmentId)) throw new DomainError('CARRIED');
}
