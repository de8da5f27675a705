// The importer of the assessment-definition v2 format, on the instrument written for the tests
// (tests/instruments/oefeninstrument.yaml) and on hostile files: each is refused with the reason
// and the task it names. When IAMA_FILE points at the published IAMA (sources/iama.yaml of
// MinBZK/par-dpia-form), it must import as it is; the file is not in this repository.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askedItems, activeAlerts } from '$lib/instruments/conditions';
import { importDefinition, MAX_INSTRUMENT_BYTES } from './import-definition';

const FIXTURE = readFileSync('tests/instruments/oefeninstrument.yaml', 'utf8');

const imported = (text: string) => {
	const result = importDefinition(text, 'test.yaml');
	if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
	return result.instrument;
};

/** The fixture with one line replaced, to make a hostile variant of a valid file. */
const variant = (from: string, to: string) => {
	expect(FIXTURE).toContain(from);
	return FIXTURE.replace(from, to);
};

describe('importing an assessment definition', () => {
	it('turns parts into parts, tasks into items with their types, conditions and tags', () => {
		const instrument = imported(FIXTURE);
		expect(instrument).toMatchObject({
			name: 'Oefeninstrument afweging algoritmes',
			urn: 'urn:nl:oefeninstrument',
			version: '1.2',
			licence: 'EUPL-1.2',
			source: { file: 'test.yaml' }
		});
		expect(instrument.source.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(instrument.parts.map((p) => [p.id, p.informational])).toEqual([
			['0', true],
			['1', false],
			['2', false],
			['3', false],
			['4', false]
		]);
		const byId = new Map(instrument.items.map((i) => [i.id, i]));
		expect(byId.get('0.1')!.type).toBe('notice');
		expect(byId.get('1.2.1')).toMatchObject({ type: 'choice', boolean: true, roles: ['Jurist'] });
		expect(byId.get('1.2.1')!.options.map((o) => o.value)).toEqual(['true', 'false']);
		expect(byId.get('1.actiepunten.tekst')!.type).toBe('entries');
		expect(byId.get('3.1.1')!.type).toBe('multi');
		expect(byId.get('3.1.1')!.options).toHaveLength(30);
		expect(byId.get('2.3.6')!.type).toBe('date');
		// A group's condition holds for everything in it; its title is the items' context.
		expect(byId.get('2.2B.1')!.conditions).toEqual([
			{ on: '2.1.1', operator: 'equals', value: 'zelflerend', action: 'show' }
		]);
		expect(byId.get('3.1.1')!.context.map((c) => c.id)).toEqual(['3.1', '3.1.0']);
		expect(byId.get('1.1.2')).toMatchObject({ tags: ['in_fria'], art27: 'a' });
		expect(byId.get('2.3.5')).toMatchObject({ tags: ['in_fria'], art27: null });
		expect(byId.get('1.1.1')).toMatchObject({ tags: [], art27: null, official: true });
	});

	it('keeps the allowed HTML, drops the rest, and opens links safely', () => {
		const notice = imported(FIXTURE).items.find((i) => i.id === '0.1')!;
		expect(notice.html).toContain('<strong>gemeentelijk algoritme</strong>');
		expect(notice.html).toContain(
			'<a href="https://example.org/toelichting" target="_blank" rel="noopener noreferrer">'
		);
		expect(notice.html).not.toContain('class=');
		expect(notice.html).not.toContain('role="img"');
	});

	it('decides skips and stops from the agreed answers', () => {
		const { items } = imported(FIXTURE);
		const none = askedItems(items, new Map());
		expect(none.get('1.2.2')).toBe(false);
		expect(none.get('1.2.3')).toBe(false);
		const yes = askedItems(items, new Map([['1.2.1', 'true']]));
		expect(activeAlerts(items, yes).map((i) => i.id)).toEqual(['1.2.2']);
		expect(yes.get('1.2.3')).toBe(false);
		const no = askedItems(
			items,
			new Map([
				['1.2.1', 'false'],
				['2.1.1', 'zelflerend']
			])
		);
		expect(activeAlerts(items, no)).toEqual([]);
		expect([no.get('1.2.3'), no.get('2.2B.1'), no.get('2.2A.1')]).toEqual([true, true, false]);
	});

	it.each([
		['not YAML', 'tasks: [', 'instrument_not_parsed', ''],
		[
			'no tasks',
			'name: x\ndescription: y\nurn: "urn:nl:x"\ntasks: []',
			'instrument_invalid',
			'tasks'
		],
		[
			'a wrong urn',
			variant("urn: 'urn:nl:oefeninstrument'", "urn: 'urn:x'"),
			'instrument_invalid',
			'urn'
		],
		[
			'an unknown task type',
			variant('type: [date]', 'type: [slider]'),
			'instrument_unknown_type',
			'2.3.6: slider'
		],
		[
			'an image task',
			variant('type: [date]', 'type: [image]'),
			'instrument_unsupported',
			'2.3.6: image'
		],
		['a duplicate id', variant("id: '2.3.6'", "id: '2.3.5'"), 'instrument_duplicate_id', '2.3.5'],
		[
			'a condition on an id that does not exist',
			variant(
				"{ id: '2.1.1', operator: equals, value: 'zelflerend' }",
				"{ id: '9.9', operator: equals, value: 'x' }"
			),
			'instrument_condition_unknown',
			'2.2B → 9.9'
		],
		[
			'a script in a description',
			variant('Kies ja of nee.', 'Kies <script>alert(1)</script> ja of nee.'),
			'instrument_hostile_html',
			'1.2.1'
		],
		[
			'an event handler',
			variant('Kies ja of nee.', 'Kies <a href="#" onclick="steal()">ja</a> of nee.'),
			'instrument_hostile_html',
			'1.2.1'
		],
		[
			'a script URL',
			variant('https://example.org/toelichting', 'javascript:alert(1)'),
			'instrument_hostile_html',
			'0.1'
		]
	])('refuses %s, naming it', (_, text, error, detail) => {
		const result = importDefinition(text, 'test.yaml');
		expect(result).toMatchObject({ ok: false, error });
		if (!result.ok) expect(result.detail).toContain(detail);
	});

	it('refuses a loop of conditions, naming the ids in it', () => {
		// 1.2.1 asked only when 1.2.3 is answered, which is asked only when 1.2.1 is.
		const text = variant(
			'            valueType: boolean\n',
			'            valueType: boolean\n            dependencies:\n              - type: conditional\n                condition: { id: "1.2.3", operator: any, value: "" }\n                action: show\n'
		);
		const result = importDefinition(text, 'test.yaml');
		expect(result).toMatchObject({ ok: false, error: 'instrument_condition_loop' });
		if (!result.ok)
			expect(result.detail).toMatch(/1\.2\.1 → 1\.2\.3 → 1\.2\.1|1\.2\.3 → 1\.2\.1 → 1\.2\.3/);
	});

	it('refuses a huge file and a deep one without reading them through', () => {
		const huge = FIXTURE + `\n# ${'x'.repeat(MAX_INSTRUMENT_BYTES)}`;
		expect(importDefinition(huge, 'huge.yaml')).toMatchObject({
			ok: false,
			error: 'instrument_too_large'
		});
		let deep = '{"task":"x","id":"1","type":["open_text"],"repeatable":false}';
		for (let i = 0; i < 40; i++) {
			deep = `{"task":"g","id":"1","type":["task_group"],"repeatable":false,"tasks":[${deep}]}`;
		}
		const file = `{"name":"x","description":"y","urn":"urn:nl:x","tasks":[${deep}]}`;
		expect(importDefinition(file, 'deep.json')).toMatchObject({
			ok: false,
			error: 'instrument_too_deep'
		});
		const bomb = `a: &a ["x","x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 200 }, (_, i) => `b${i}: [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]`).join('\n')}`;
		expect(importDefinition(bomb, 'bomb.yaml')).toMatchObject({
			ok: false,
			error: 'instrument_not_parsed'
		});
	});

	it.runIf(process.env.IAMA_FILE && existsSync(process.env.IAMA_FILE))(
		'imports the published IAMA v2 as it is',
		() => {
			const iama = imported(readFileSync(process.env.IAMA_FILE!, 'utf8'));
			expect(iama).toMatchObject({ urn: 'urn:nl:iama', version: '2.0' });
			const tagged = iama.items.filter((i) => i.tags.includes('in_fria'));
			expect(tagged).toHaveLength(9);
			expect(tagged.every((i) => i.art27 !== null)).toBe(true);
			const alerts = activeAlerts(iama.items, askedItems(iama.items, new Map([['1.3.1', 'true']])));
			expect(alerts).toHaveLength(1);
		}
	);
});
