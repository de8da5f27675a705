// How much one participant, and one whole workshop, can add. Far above what a room writes (a
// workshop of 40 writes a few hundred cards), far below what a script could: 30 phones once stored
// 3,600 cards in a minute. Configurable for the rare bigger session; the export limits
// (src/lib/schemas/record.ts) are higher still, so a capped workshop always exports and imports.
import { statement } from '../db/statements';
import { DomainError } from './command';
import { alreadyStored, type Author } from './idempotency';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** Cards of every kind (stakeholders, risks, dilemmas, proposed actions), own values, tensions. */
export const CAPS = {
	cards: {
		perParticipant: env('CARD_LIMIT_PER_PARTICIPANT', 60),
		perWorkshop: env('CARD_LIMIT_PER_WORKSHOP', 5000)
	},
	workshop_values: {
		perParticipant: env('VALUE_LIMIT_PER_PARTICIPANT', 10),
		perWorkshop: env('VALUE_LIMIT_PER_WORKSHOP', 300)
	},
	value_tensions: {
		perParticipant: env('TENSION_LIMIT_PER_PARTICIPANT', 20),
		perWorkshop: env('TENSION_LIMIT_PER_WORKSHOP', 1000)
	}
} as const;

type Table = keyof typeof CAPS;

const count = (sql: string, id: string) => statement(sql, { pluck: true }).get(id) as number;

/**
 * Refuses (LIMIT_REACHED) an addition past the participant's or the workshop's cap. A retry of
 * something already stored is never refused: it adds nothing. Own values count only those added
 * by participants, not the catalogue.
 */
export function checkCap(
	table: Table,
	workshopId: string,
	author: Author,
	caps: Record<Table, { perParticipant: number; perWorkshop: number }> = CAPS
): void {
	if (!author || alreadyStored(table, author)) return;
	const cap = caps[table];
	const mine = count(`SELECT COUNT(*) FROM ${table} WHERE added_by = ?`, author.participantId);
	if (mine >= cap.perParticipant) throw new DomainError('LIMIT_REACHED');
	const all = count(
		`SELECT COUNT(*) FROM ${table} WHERE workshop_id = ?${table === 'workshop_values' ? ' AND added_by IS NOT NULL' : ''}`,
		workshopId
	);
	if (all >= cap.perWorkshop) throw new DomainError('LIMIT_REACHED');
}
