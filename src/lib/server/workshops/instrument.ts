// A workshop's instrument: its own copy of the instrument it was made from (or restored from an
// archive), with the part each of its `questions` steps walks. Written once, when the workshop is
// made; the explanations pass the allow-list again on the way in (an archive is a file from
// outside). The only writer of `workshop_instruments`.
import { instrumentSchema, type Instrument } from '$lib/instruments/instrument';
import { statement } from '../db/statements';
import { cleanInstrument } from '../instruments/clean';
import { DomainError } from './command';

export interface StepPart {
	step: number;
	part: string;
}

export function seedInstrument(
	workshopId: string,
	instrument: Instrument,
	parts: StepPart[]
): void {
	const clean = cleanInstrument(instrumentSchema.parse(instrument));
	if (!clean) throw new DomainError('INVALID_PAYLOAD');
	const known = new Set(clean.parts.map((p) => p.id));
	if (parts.some((p) => !known.has(p.part))) throw new DomainError('INVALID_PAYLOAD');
	statement(
		'INSERT INTO workshop_instruments (workshop_id, definition, parts) VALUES (?, ?, ?)'
	).run(workshopId, JSON.stringify(clean), JSON.stringify(parts));
}
