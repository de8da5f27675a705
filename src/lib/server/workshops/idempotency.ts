import { statement } from '../db/statements';

/** Who wrote a row from a phone, with the id the phone generated for that one write. */
export type Author = { participantId: string; clientId: string } | null;

/**
 * The row this author already stored under this client id, if any: a retried write after a
 * lost acknowledgement returns the first row instead of adding a second.
 */
export function alreadyStored(
	table: 'cards' | 'workshop_values' | 'value_tensions',
	author: Author
): string | undefined {
	if (!author) return undefined;
	return statement(`SELECT id FROM ${table} WHERE added_by = ? AND client_id = ?`, {
		pluck: true
	}).get(author.participantId, author.clientId) as string | undefined;
}
