import Database from 'better-sqlite3';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMigrations, parseMigrations } from './migrate';

const migrations = parseMigrations(
	Object.fromEntries(
		readdirSync('db/migrations').map((name) => [
			`/db/migrations/${name}`,
			readFileSync(`db/migrations/${name}`, 'utf8')
		])
	)
);

describe('migration 0005 (step kinds and methods)', () => {
	it('keeps a six-step workshop made before it working, with kinds by position and CODIO', () => {
		const db = new Database(':memory:');
		db.pragma('foreign_keys = ON');
		applyMigrations(db, migrations.slice(0, 4), () => {});
		db.exec(`INSERT INTO facilitators VALUES ('f', 'a@b.nl', 'A', 'x', 0);
			INSERT INTO workshops (id, owner_id, title, organisation, scheduled_on, language, join_code,
				current_step, step_changed_at, created_at) VALUES ('w', 'f', 'T', 'O', '2026-01-01', 'nl', 'ABCDEF', 4, 0, 0);
			INSERT INTO participants (id, workshop_id, display_name, token_hash, joined_at, last_seen_at)
				VALUES ('p', 'w', 'Anne', 'h', 0, 0);
			INSERT INTO cards (id, workshop_id, kind, text, created_at, updated_at) VALUES ('c', 'w', 'risk', 'Lek', 0, 0);`);
		const insertStep = db.prepare(
			`INSERT INTO workshop_steps (workshop_id, number, title_nl, title_en, question_nl, question_en, duration_ms, results_revealed)
			VALUES ('w', ?, ?, ?, 'v', 'q', 60000, ?)`
		);
		for (let n = 1; n <= 6; n++) insertStep.run(n, `Stap ${n}`, `Step ${n}`, n === 3 ? 1 : 0);

		expect(applyMigrations(db, migrations, () => {})).toContain('0005_step_kinds.sql');
		expect(db.prepare('SELECT number, kind FROM workshop_steps ORDER BY number').all()).toEqual([
			{ number: 1, kind: 'opening' },
			{ number: 2, kind: 'case' },
			{ number: 3, kind: 'values' },
			{ number: 4, kind: 'actions' },
			{ number: 5, kind: 'rating' },
			{ number: 6, kind: 'commitments' }
		]);
		expect(db.prepare('SELECT method, current_step FROM workshops').get()).toEqual({
			method: 'codio',
			current_step: 4
		});
		expect(
			db.prepare('SELECT results_revealed FROM workshop_steps WHERE number = 3').pluck().get()
		).toBe(1);
		// What hangs off the workshop still does: deleting it takes its cards and people along.
		expect(db.prepare('SELECT COUNT(*) FROM cards').pluck().get()).toBe(1);

		// No more six-step limit; the current step must be one the workshop has.
		db.prepare(
			`INSERT INTO workshop_steps (workshop_id, number, kind, title_nl, title_en, question_nl, question_en, duration_ms)
			VALUES ('w', 7, 'case', 'Stap 7', 'Step 7', 'v', 'q', 60000)`
		).run();
		db.prepare("UPDATE workshops SET current_step = 7 WHERE id = 'w'").run();
		expect(() => db.prepare("UPDATE workshops SET current_step = 8 WHERE id = 'w'").run()).toThrow(
			'current_step is not a step of this workshop'
		);
		db.prepare("DELETE FROM workshops WHERE id = 'w'").run();
		expect(db.prepare('SELECT COUNT(*) FROM cards').pluck().get()).toBe(0);
		expect(db.prepare('SELECT COUNT(*) FROM workshop_steps').pluck().get()).toBe(0);
	});
});
