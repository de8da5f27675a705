// The instruments an account can start a workshop from: those it imported from their publishers'
// files (one version per URN; a newer one replaces it after the diff has been seen) and the
// installation's own, which an administrator puts in INSTRUMENTS_DIR and the server reads at
// start. Stored as the importer made them; read back through zod and the allow-list again.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { instrumentSchema, type Instrument } from '$lib/instruments/instrument';
import type { Language } from '$lib/language';
import { getDb } from '../db';
import { newId } from '../ids';
import { logger } from '../log.js';
import { cleanInstrument } from './clean';
import { importDefinition, MAX_INSTRUMENT_BYTES } from './import-definition';

export interface InstrumentEntry {
	id: string;
	urn: string;
	version: string;
	name: string;
	licence: string;
	file: string;
	importedAt: number;
	/** Put there by the installation (INSTRUMENTS_DIR), not by the account. */
	installation: boolean;
	questions: number;
}

interface Row {
	id: string;
	facilitatorId: string | null;
	definition: string;
	importedAt: number;
}

/** A stored instrument, checked; `clean` passes its explanations through the allow-list again. */
function parse(definition: string, clean = true): Instrument | null {
	const parsed = instrumentSchema.safeParse(JSON.parse(definition));
	if (!parsed.success) return null;
	return clean ? cleanInstrument(parsed.data) : parsed.data;
}

const rowsOf = (facilitatorId: string) =>
	getDb()
		.prepare(
			`SELECT id, facilitator_id AS facilitatorId, definition, imported_at AS importedAt
			FROM instruments WHERE facilitator_id = ? OR facilitator_id IS NULL ORDER BY name, version`
		)
		.all(facilitatorId) as Row[];

/** The account's instruments and the installation's, each as it is listed. */
export function instrumentsOf(facilitatorId: string): InstrumentEntry[] {
	return rowsOf(facilitatorId).flatMap((row) => {
		// A list shows names and numbers (escaped by the page), none of the explanations.
		const i = parse(row.definition, false);
		return i
			? [
					{
						id: row.id,
						urn: i.urn,
						version: i.version,
						name: i.name,
						licence: i.licence,
						file: i.source.file,
						importedAt: row.importedAt,
						installation: row.facilitatorId === null,
						questions: i.items.filter((item) => item.type !== 'notice').length
					}
				]
			: [];
	});
}

/** One of the account's (or the installation's) instruments. */
export function instrumentFor(facilitatorId: string, id: string): Instrument | null {
	const row = rowsOf(facilitatorId).find((r) => r.id === id);
	return row ? parse(row.definition) : null;
}

/** The account's own version of this URN, which an import would replace. */
export function ownVersionOf(facilitatorId: string, urn: string): Instrument | null {
	const row = getDb()
		.prepare('SELECT definition FROM instruments WHERE facilitator_id = ? AND urn = ?')
		.pluck()
		.get(facilitatorId, urn) as string | undefined;
	return row ? parse(row) : null;
}

/** Saves an imported instrument for the account (or, with null, the installation), replacing its version. */
export function saveInstrument(
	facilitatorId: string | null,
	instrument: Instrument,
	now = Date.now()
) {
	const db = getDb();
	db.transaction(() => {
		db.prepare(`DELETE FROM instruments WHERE ifnull(facilitator_id, '') = ? AND urn = ?`).run(
			facilitatorId ?? '',
			instrument.urn
		);
		db.prepare(
			`INSERT INTO instruments (id, facilitator_id, urn, version, name, definition, sha256, imported_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			newId(),
			facilitatorId,
			instrument.urn,
			instrument.version,
			instrument.name,
			JSON.stringify(instrument),
			instrument.source.sha256,
			now
		);
	}).immediate();
}

export function removeInstrument(facilitatorId: string, id: string): boolean {
	return (
		getDb()
			.prepare('DELETE FROM instruments WHERE id = ? AND facilitator_id = ?')
			.run(id, facilitatorId).changes > 0
	);
}

/** What changes when `after` replaces `before`: one line per question added, removed or changed. */
export function diffInstruments(before: Instrument, after: Instrument, locale: Language): string[] {
	const word = {
		nl: { type: 'soort', condition: 'voorwaarde' },
		en: { type: 'type', condition: 'condition' }
	}[locale];
	const lines = [`${before.version} → ${after.version}`];
	const old = new Map(before.items.map((i) => [i.id, i]));
	const now = new Map(after.items.map((i) => [i.id, i]));
	for (const item of after.items) {
		const was = old.get(item.id);
		if (!was) lines.push(`+ ${item.id} ${item.title}`);
		else {
			const changes = [
				...(was.title !== item.title || was.html !== item.html ? ['tekst'] : []),
				...(was.type !== item.type || JSON.stringify(was.options) !== JSON.stringify(item.options)
					? [word.type]
					: []),
				...(JSON.stringify(was.conditions) !== JSON.stringify(item.conditions)
					? [word.condition]
					: [])
			];
			if (changes.length > 0) lines.push(`~ ${item.id} ${item.title} (${changes.join(', ')})`);
		}
	}
	for (const item of before.items) if (!now.has(item.id)) lines.push(`− ${item.id} ${item.title}`);
	return lines;
}

/**
 * Reads the installation's instruments from a folder at start: every .yaml, .yml and .json file,
 * imported as an account would; a file that is refused is logged with its reason and changes
 * nothing. Returns how many were taken.
 */
export function loadInstrumentsDir(dir: string | undefined): number {
	if (!dir) return 0;
	let taken = 0;
	let files: string[];
	try {
		files = readdirSync(dir)
			.filter((f) => /\.(ya?ml|json)$/i.test(f))
			.sort();
	} catch (error) {
		logger().error({ dir, failure: (error as Error).message }, 'INSTRUMENTS_DIR cannot be read');
		return 0;
	}
	for (const file of files) {
		const path = join(dir, file);
		if (statSync(path).size > MAX_INSTRUMENT_BYTES) {
			logger().warn({ file, reason: 'instrument_too_large' }, 'instrument refused');
			continue;
		}
		const result = importDefinition(readFileSync(path, 'utf8'), file);
		if (!result.ok) {
			logger().warn({ file, reason: result.error, detail: result.detail }, 'instrument refused');
			continue;
		}
		saveInstrument(null, result.instrument);
		taken++;
	}
	logger().info({ dir, instruments: taken }, 'instruments loaded');
	return taken;
}
