import { beforeEach, describe, expect, it } from 'vitest';
import codio from '$lib/methods/codio';
import { createFacilitator } from '../auth';
import { closeDb, getDb } from '../db';
import { loadWorkshopRows } from '../read-model/load';
import { addCoFacilitator } from '../testing/fixtures';
import {
	defaultTemplate,
	diffTemplates,
	parseTemplate,
	saveDefaultTemplate,
	sharedTemplates,
	templateOfMethod,
	templateOfWorkshop
} from './templates';
import { createWorkshop } from '../workshops/workshops';

beforeEach(() => closeDb());

const account = (name: string) =>
	createFacilitator({
		email: `${name}${Math.random()}@gemeente.nl`,
		displayName: name,
		password: 'a long test password'
	});
const input = {
	title: 'Cameratoezicht',
	organisation: 'Gemeente Utrecht',
	caseDescription: '',
	scheduledOn: '2026-12-01',
	language: 'nl' as const
};

describe('an account’s templates', () => {
	it('come from a workshop as edited, and new workshops start from them', async () => {
		const anne = await account('Anne');
		const first = createWorkshop(anne.id, input);
		const db = getDb();
		db.prepare(
			'UPDATE workshop_steps SET duration_ms = ? WHERE workshop_id = ? AND number = 1'
		).run(25 * 60_000, first.id);
		db.prepare(
			"UPDATE workshop_values SET name_nl = 'Zeggenschap van inwoners' WHERE workshop_id = ? AND name_nl = 'Zeggenschap'"
		).run(first.id);
		const template = templateOfWorkshop(first.id, 'codio')!;
		expect(template.steps[0]!.minutes).toBe(25);

		const changes = diffTemplates(templateOfMethod(codio), template, 'nl');
		expect(changes).toContain(
			'~ 1. Opening en introductie CODIO (15 min) → Opening en introductie CODIO (25 min)'
		);
		expect(changes).toContain('+ Zeggenschap van inwoners (Participatie)');
		expect(changes).toContain('− Zeggenschap');

		saveDefaultTemplate(anne.id, template);
		const second = loadWorkshopRows(createWorkshop(anne.id, input).id)!;
		expect(second.steps[0]!.durationMs).toBe(25 * 60_000);
		expect(second.values.map((v) => v.nameNl)).toContain('Zeggenschap van inwoners');
		// Someone else's new workshops are untouched.
		const bram = await account('Bram');
		expect(loadWorkshopRows(createWorkshop(bram.id, input).id)!.steps[0]!.durationMs).toBe(
			15 * 60_000
		);
	});

	it('are shared with the colleagues one facilitates with, and nobody else', async () => {
		const [anne, bram, carla] = await Promise.all(['Anne', 'Bram', 'Carla'].map(account));
		saveDefaultTemplate(anne!.id, templateOfMethod(codio));
		expect(sharedTemplates(bram!.id)).toEqual([]);
		addCoFacilitator(createWorkshop(anne!.id, input).id, bram!.id);
		expect(sharedTemplates(bram!.id).map((t) => t.facilitator)).toEqual(['Anne']);
		expect(sharedTemplates(carla!.id)).toEqual([]);
		saveDefaultTemplate(bram!.id, templateOfMethod(codio));
		expect(sharedTemplates(anne!.id).map((t) => t.facilitator)).toEqual(['Bram']);
	});

	it('refuse a malformed or hostile file with a clear error and change nothing', async () => {
		const anne = await account('Anne');
		const good = templateOfMethod(codio);
		expect(parseTemplate('{ not json')).toEqual({ ok: false, error: 'template_not_json' });
		expect(parseTemplate('x'.repeat(201 * 1024))).toEqual({
			ok: false,
			error: 'template_too_large'
		});
		const hostile = [
			{ ...good, method: 'no-such-method' },
			{ ...good, format: 'something-else' },
			{ ...good, steps: [{ ...good.steps[0], kind: 'brainstorm' }] },
			{ ...good, steps: [{ ...good.steps[0], minutes: 100000 }] },
			{ ...good, __proto__: { admin: true }, extra: 1 },
			{
				...good,
				catalogue: {
					foundations: [good.catalogue.foundations[0], good.catalogue.foundations[0]]
				}
			}
		];
		for (const file of hostile) {
			expect(parseTemplate(JSON.stringify(file))).toEqual({ ok: false, error: 'template_invalid' });
		}
		expect(parseTemplate(JSON.stringify(good))).toMatchObject({ ok: true });
		expect(defaultTemplate(anne.id, 'codio')).toBeNull();
	});
});
